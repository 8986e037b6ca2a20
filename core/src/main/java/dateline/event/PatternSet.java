package dateline.event;

import dateline.cameo.Codebook;
import dateline.knowledge.TableFile;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable index of event patterns by trigger lemma, read from pattern files (format: {@code docs/patterns.md}).
 *
 * <p>Lines are {@code set NAME word…} (a word set, used as {@code &NAME}), {@code verbs NAME lemma…} (a verb
 * class, used as trigger {@code @NAME}) and patterns {@code CODE[:REVERSE] TRIGGER[/POS] CONDITION…}. A bad line
 * fails loading with its file and line number.
 */
public final class PatternSet {
    private static final Set<String> ROLES = Set.of("subj", "obj", "comp", "vcomp", "mod", "any");

    private final Map<String, List<Pattern>> byTrigger;
    private final int size;

    private PatternSet(Map<String, List<Pattern>> byTrigger, int size) {
        this.byTrigger = byTrigger;
        this.size = size;
    }

    /**
     * The bundled patterns: Dateline's own ({@code dateline.txt}), the imported PETRARCH2 verbs, and the codebook's
     * verbs and nominal triggers ({@code codebook-verbs.txt}, read after them so that it may name PETRARCH's verb classes),
     * and the verb senses ({@code senses.txt}: which imported defaults stand for a verb's ordinary sense).
     */
    public static PatternSet bundled() {
        Builder b = new Builder(Codebook.bundled());
        b.read("dateline.txt", true);
        b.read("petrarch2-verbs.txt", false);
        b.read("codebook-verbs.txt", true);
        // Which imported defaults stand for a verb's ordinary sense; read last so that it may block them.
        b.read("senses.txt", true);
        return b.build();
    }

    /** Patterns read from the given texts, in order; {@code handWritten} as for the bundled own file. */
    public static PatternSet of(Codebook codebook, boolean handWritten, Map<String, String> namedTexts) {
        Builder b = new Builder(codebook);
        namedTexts.forEach((name, text) -> b.read(name, new java.io.StringReader(text), handWritten));
        return b.build();
    }

    /** The patterns whose trigger is {@code lemma} (lower case), most specific first, or an empty list. */
    public List<Pattern> forTrigger(String lemma) {
        return byTrigger.getOrDefault(lemma, List.of());
    }

    /** Whether any pattern is triggered by {@code lemma} (lower case). */
    public boolean isTrigger(String lemma) {
        return byTrigger.containsKey(lemma);
    }

    public int size() {
        return size;
    }

    /** Reads pattern files into an index. */
    static final class Builder {
        private final Codebook codebook;
        private final Map<String, Set<String>> sets = new HashMap<>();
        private final Map<String, Set<String>> verbClasses = new HashMap<>();
        private final Map<String, List<Pattern>> byTrigger = new HashMap<>();
        private int size;

        Builder(Codebook codebook) {
            this.codebook = codebook;
        }

        void read(String resource, boolean handWritten) {
            read(TableFile.resource("dateline/event/" + resource).named(resource), handWritten);
        }

        void read(String name, Reader reader, boolean handWritten) {
            read(TableFile.of(name, reader), handWritten);
        }

        /** Reads a pattern file: whitespace-separated fields, '#' starts a comment anywhere on a line. */
        private void read(TableFile file, boolean handWritten) {
            file.forEach(line -> {
                String text = line.text();
                int hash = text.indexOf('#');
                String body = (hash >= 0 ? text.substring(0, hash) : text).strip();
                if (body.isEmpty()) {
                    return;
                }
                try {
                    parseLine(line.file() + ":" + line.number(), body.split("\\s+"), handWritten);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(line.file() + ":" + line.number() + ": " + e.getMessage(), e);
                }
            });
        }

        private void parseLine(String id, String[] f, boolean handWritten) {
            if (f[0].equals("set") || f[0].equals("verbs")) {
                if (f.length < 3) {
                    throw new IllegalArgumentException("'" + f[0] + "' needs a name and at least one word");
                }
                Set<String> words = new LinkedHashSet<>();
                for (int i = 2; i < f.length; i++) {
                    words.addAll(expand(f[i]));
                }
                (f[0].equals("set") ? sets : verbClasses).put(f[1].toLowerCase(java.util.Locale.ROOT), words);
                return;
            }
            if (f[0].equals("drop")) {
                drop(parsePattern(id, Arrays.copyOfRange(f, 1, f.length), false), f);
                return;
            }
            Pattern p = parsePattern(id, f, handWritten);
            for (String t : p.triggers()) {
                byTrigger.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
            }
            size++;
        }

        private Pattern parsePattern(String id, String[] f, boolean handWritten) {
            if (f.length < 2) {
                throw new IllegalArgumentException("a pattern needs a code and a trigger");
            }
            String[] codes = f[0].split(":", -1);
            String code = codes[0].isEmpty() ? null : checkCode(codes[0]);
            String reverse = codes.length > 1 && !codes[1].isEmpty() ? checkCode(codes[1]) : null;
            if (code == null && reverse == null) {
                throw new IllegalArgumentException("no code in '" + f[0] + "'");
            }
            String trig = f[1];
            char pos = '*';
            int slash = trig.lastIndexOf('/');
            if (slash > 0) {
                String p = trig.substring(slash + 1).toUpperCase(java.util.Locale.ROOT);
                if (!p.equals("V") && !p.equals("N") && !p.equals("A")) {
                    throw new IllegalArgumentException("unknown part of speech '/" + p + "' (use /v, /n or /a)");
                }
                pos = p.charAt(0);
                trig = trig.substring(0, slash);
            }
            Set<String> triggers = new LinkedHashSet<>();
            boolean byLemma = true;
            for (String t : trig.split("\\|")) {
                if (t.startsWith("@")) {
                    Set<String> cls = verbClasses.get(t.substring(1).toLowerCase(java.util.Locale.ROOT));
                    if (cls == null) {
                        throw new IllegalArgumentException("unknown verb class " + t);
                    }
                    triggers.addAll(cls);
                    byLemma = false;
                } else {
                    triggers.addAll(expand(t));
                }
            }
            List<Constraint> cs = new ArrayList<>();
            for (int i = 2; i < f.length; i++) {
                cs.add(parseConstraint(f[i]));
            }
            return new Pattern(id, code, reverse, triggers, pos, cs, handWritten, byLemma);
        }

        /**
         * Removes the imported patterns written exactly as {@code d} (code, trigger, conditions): a phrase pattern
         * whose phrase is not the codebook's act goes without outranking its siblings, as a {@code ---} line
         * would. A drop that matches nothing fails loading, so a regenerated import cannot leave it stale.
         */
        private void drop(Pattern d, String[] f) {
            Set<Pattern> removed = new HashSet<>();
            for (String t : d.triggers()) {
                List<Pattern> ps = byTrigger.getOrDefault(t, new ArrayList<>());
                ps.removeIf(p -> {
                    boolean same = !p.handWritten() && Objects.equals(p.code(), d.code())
                            && Objects.equals(p.reverseCode(), d.reverseCode()) && p.triggers().equals(d.triggers())
                            && p.pos() == d.pos() && p.constraints().equals(d.constraints());
                    if (same) {
                        removed.add(p);
                    }
                    return same;
                });
                if (ps.isEmpty()) {
                    byTrigger.remove(t);
                }
            }
            if (removed.isEmpty()) {
                throw new IllegalArgumentException("drop: no imported pattern is written '"
                        + String.join(" ", Arrays.copyOfRange(f, 1, f.length)) + "'");
            }
            size -= removed.size();
        }

        private String checkCode(String c) {
            if (c.equals(Pattern.NO_EVENT)) {
                return c;
            }
            if (!codebook.contains(c)) {
                throw new IllegalArgumentException("unknown CAMEO code " + c);
            }
            return c;
        }

        private Constraint parseConstraint(String s) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("condition '" + s + "' is not ROLE=WORDS");
            }
            String role = s.substring(0, eq).toLowerCase(java.util.Locale.ROOT);
            String value = s.substring(eq + 1);
            char mark = 0;
            if (value.endsWith("!T") || value.endsWith("!S")) {
                mark = value.charAt(value.length() - 1);
                value = value.substring(0, value.length() - 2);
            }
            Set<String> words = new HashSet<>();
            if (!value.equals("*")) {
                for (String w : value.split("\\|")) {
                    words.addAll(expand(w));
                }
            }
            Set<String> preps = Set.of();
            if (!ROLES.contains(role)) {
                preps = new HashSet<>(Arrays.asList(role.split("\\|")));
                role = "prep";
            }
            return new Constraint(role, preps, words, mark);
        }

        private Set<String> expand(String w) {
            if (w.startsWith("&")) {
                Set<String> s = sets.get(w.substring(1).toLowerCase(java.util.Locale.ROOT));
                if (s == null) {
                    throw new IllegalArgumentException("unknown word set " + w);
                }
                return s;
            }
            return Set.of(w.toLowerCase(java.util.Locale.ROOT));
        }

        PatternSet build() {
            Map<String, List<Pattern>> m = new HashMap<>();
            // Most specific first (stable, so file order breaks ties): the coder stops at the first match.
            byTrigger.forEach((k, v) -> {
                List<Pattern> sorted = new ArrayList<>(v);
                sorted.sort(java.util.Comparator.comparingInt(Pattern::specificity).reversed());
                m.put(k, List.copyOf(sorted));
            });
            return new PatternSet(Collections.unmodifiableMap(m), size);
        }
    }
}
