package dateline.event;

import dateline.cameo.Codebook;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts a PETRARCH2 / TABARI verb dictionary (such as {@code CAMEO.2.0.txt}) into Dateline's pattern format
 * ({@code docs/patterns.md}). The bundled {@code petrarch2-verbs.txt} is made with it:
 * <pre>java -cp core.jar dateline.event.PetrarchVerbImporter CAMEO.2.0.txt petrarch2-verbs.txt</pre>
 * or {@code dateline import-verbs IN OUT}.
 *
 * <p>What is kept: synonym sets ({@code &NAME}) as word sets; each verb block as a verb class with its default
 * code; each verb's own code; multi-word verbs ({@code +MEET_WITH}) as the verb plus a preposition condition;
 * and every pattern line, its words before {@code *} as subject conditions, its words after as conditions
 * anywhere below the verb, parenthesised phrases as preposition conditions ({@code (WITH +)} also marks the
 * target). What is dropped, with a count: patterns naming auxiliaries ({@code WILL NOT *}), which Dateline reads
 * as modality flags instead; {@code %} compound patterns; codes missing from the codebook; the transformation
 * section (Dateline codes reported speech itself).
 */
public final class PetrarchVerbImporter {
    private static final Pattern HEADER = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]\\s+---");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Set<String> PREPOSITIONS = Set.of("about", "across", "after", "against", "along", "among",
            "around", "as", "at", "before", "behind", "below", "beside", "between", "beyond", "by", "despite", "down",
            "during", "for", "from", "in", "inside", "into", "near", "of", "off", "on", "onto", "out", "outside",
            "over", "past", "since", "through", "throughout", "to", "toward", "towards", "under", "until", "up",
            "upon", "via", "with", "within", "without");
    private static final Set<String> PARTICLES = Set.of("up", "down", "off", "out", "over", "back", "away", "forward");
    private static final Set<String> AUXILIARIES = Set.of("will", "would", "not", "no", "to", "is", "are", "was",
            "were", "be", "been", "has", "have", "had", "can", "could", "may", "might", "should", "must", "shall",
            "did", "does", "do", "never");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private final Codebook codebook;
    private int patterns;
    private int dropped;
    private final List<String> dropReasons = new ArrayList<>();

    public PetrarchVerbImporter(Codebook codebook) {
        this.codebook = codebook;
    }

    /** Command line: {@code IN OUT}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PetrarchVerbImporter CAMEO.2.0.txt OUT.txt");
            System.exit(2);
        }
        PetrarchVerbImporter imp = new PetrarchVerbImporter(Codebook.bundled());
        try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            imp.convert(in, out, Path.of(args[0]).getFileName().toString());
        }
        System.err.println(imp.summary());
    }

    /** One line saying how many patterns were written and dropped. */
    public String summary() {
        return patterns + " patterns written, " + dropped + " dropped";
    }

    public int written() {
        return patterns;
    }

    public int dropped() {
        return dropped;
    }

    /** Converts {@code in} (named {@code sourceName} in the header) into pattern lines on {@code out}. */
    public void convert(Reader in, Writer w, String sourceName) throws IOException {
        PrintWriter out = new PrintWriter(w);
        out.println("# Imported by dateline.event.PetrarchVerbImporter from " + sourceName);
        out.println("# (PETRARCH2 CAMEO verb dictionary, MIT licence, (c) 2015 Open Event Data Alliance,");
        out.println("# openeventdata/petrarch2). Regenerate rather than edit; put Dateline's own patterns in");
        out.println("# dateline.txt. Format: docs/patterns.md. The comment after each pattern is the source line.");
        BufferedReader r = new BufferedReader(in);
        String section = "";
        String block = null;
        String blockCode = null;
        List<String[]> blockVerbs = new ArrayList<>();
        List<String> blockLines = new ArrayList<>();
        String currentSet = null;
        Set<String> setWords = new LinkedHashSet<>();
        int lineNo = 0;
        for (String raw = r.readLine(); raw != null; raw = r.readLine()) {
            lineNo++;
            String line = raw.strip();
            if (line.startsWith("#######") || line.startsWith("########")) {
                if (currentSet != null) {
                    writeSet(out, currentSet, setWords);
                    currentSet = null;
                }
                section = line.contains("SYNONYM") ? "syn" : line.contains("VERB PATTERNS") ? "verbs" : "other";
                continue;
            }
            if (section.equals("syn")) {
                if (line.startsWith("&")) {
                    if (currentSet != null) {
                        writeSet(out, currentSet, setWords);
                    }
                    currentSet = line.substring(1).replace("_", "").strip().toLowerCase(Locale.ROOT);
                    setWords = new LinkedHashSet<>();
                } else if (line.startsWith("+") && currentSet != null) {
                    String word = line.substring(1).split("[\\s#]")[0];
                    String[] parts = word.replaceAll("_+$", "").split("_");
                    setWords.add(parts[parts.length - 1].toLowerCase(Locale.ROOT));
                }
                continue;
            }
            if (!section.equals("verbs")) {
                continue;
            }
            Matcher h = HEADER.matcher(line);
            if (h.find()) {
                flush(out, block, blockCode, blockVerbs, blockLines);
                block = h.group(1).toLowerCase(Locale.ROOT);
                blockCode = h.group(2).strip();
                blockVerbs = new ArrayList<>();
                blockLines = new ArrayList<>();
                continue;
            }
            if (line.isEmpty() || line.startsWith("#") || block == null) {
                continue;
            }
            if (line.startsWith("-")) {
                blockLines.add(lineNo + "\t" + line);
            } else {
                String body = line.replaceAll("#.*", "").strip();
                Matcher c = CODE.matcher(body);
                String own = c.find() ? c.group(1).strip() : null;
                String verb = body.replaceAll("\\{[^}]*\\}", " ").replaceAll("\\[[^\\]]*\\]", " ").strip()
                        .split("\\s+")[0];
                blockVerbs.add(new String[] {verb, own, Integer.toString(lineNo)});
            }
        }
        flush(out, block, blockCode, blockVerbs, blockLines);
        if (currentSet != null) {
            writeSet(out, currentSet, setWords);
        }
        out.flush();
    }

    private final Set<String> definedSets = new java.util.HashSet<>();

    private void writeSet(PrintWriter out, String name, Set<String> words) {
        if (!words.isEmpty()) {
            definedSets.add(name);
            out.println("set " + name + " " + String.join(" ", words));
        }
    }

    private void flush(PrintWriter out, String block, String blockCode, List<String[]> verbs, List<String> lines) {
        if (block == null || verbs.isEmpty()) {
            return;
        }
        out.println();
        Set<String> lemmas = new LinkedHashSet<>();
        List<String> own = new ArrayList<>();
        for (String[] v : verbs) {
            boolean multi = v[0].startsWith("+");
            String[] words = v[0].replace("+", "").replaceAll("_+$", "").toLowerCase(Locale.ROOT).split("_");
            String lemma = words[0];
            if (!lemma.matches("[a-z][a-z'-]*")) {
                drop("verb " + v[0]);
                continue;
            }
            lemmas.add(lemma);
            List<String> conds = new ArrayList<>();
            for (int i = 1; i < words.length; i++) {
                String wd = words[i];
                if (PARTICLES.contains(wd) || !PREPOSITIONS.contains(wd)) {
                    conds.add("any=" + wd);
                } else {
                    conds.add(wd + "=*" + (wd.equals("with") ? "!T" : ""));
                }
            }
            String code = v[1] != null ? v[1] : (multi ? blockCode : null);
            String c = codeField(code);
            if (c != null && (multi || v[1] != null)) {
                own.add(c + "\t" + lemma + "/v" + (conds.isEmpty() ? "" : "\t" + String.join(" ", conds))
                        + "\t# line " + v[2] + ": " + v[0]);
                patterns++;
            }
        }
        if (lemmas.isEmpty()) {
            return;
        }
        out.println("verbs " + block + " " + String.join(" ", lemmas));
        String bc = "---".equals(blockCode) ? null : codeField(blockCode);
        if (bc != null) {
            out.println(bc + "\t@" + block + "/v\t# block default");
            patterns++;
            // A verb listed in several blocks takes the default of the block named after it.
            if (lemmas.contains(block) && verbs.stream().noneMatch(v -> v[0].equalsIgnoreCase(block) && v[1] != null)) {
                out.println(bc + "\t" + block + "/v\t# block default, named verb");
                patterns++;
            }
        }
        own.forEach(out::println);
        for (String l : lines) {
            String[] nl = l.split("\t", 2);
            String converted = convertPattern(nl[1]);
            if (converted != null) {
                out.println(converted.replace("TRIGGER", "@" + block + "/v") + "\t# line " + nl[0] + ": "
                        + nl[1].replaceAll("\\s+", " "));
                patterns++;
            }
        }
    }

    /** Converts a code field ("041:041", ":020", "---") to Dateline's, or null when it has no known code. */
    private String codeField(String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        String[] parts = field.split(":", -1);
        String a = parts[0].strip();
        String b = parts.length > 1 ? parts[1].strip() : "";
        if (a.equals("---") && b.isEmpty()) {
            return dateline.event.Pattern.NO_EVENT;
        }
        a = codebook.contains(a) ? a : "";
        b = codebook.contains(b) ? b : "";
        if (a.isEmpty() && b.isEmpty()) {
            return null;
        }
        return b.isEmpty() ? a : a + ":" + b;
    }

    private String convertPattern(String line) {
        Matcher c = CODE.matcher(line);
        if (!c.find()) {
            return drop("no code: " + line);
        }
        String code = codeField(c.group(1));
        if (code == null) {
            return drop("unknown code: " + line);
        }
        String body = line.substring(1, c.start()).strip();
        if (body.contains("%")) {
            return drop("compound: " + line);
        }
        int star = body.indexOf('*');
        if (star < 0) {
            return drop("no verb: " + line);
        }
        List<String> conds = new ArrayList<>();
        for (String tok : tokens(body.substring(0, star))) {
            if (tok.equals("$") || tok.equals("+") || tok.equals("^")) {
                continue;
            }
            String word = word(tok);
            if (AUXILIARIES.contains(word)) {
                return drop("auxiliary: " + line);
            }
            conds.add("subj=" + word);
        }
        List<String> after = tokens(body.substring(star + 1));
        for (int i = 0; i < after.size(); i++) {
            String tok = after.get(i);
            if (tok.startsWith("(")) {
                conds.addAll(phrase(tok.substring(1, tok.length() - 1)));
            } else if (tok.equals("+") || tok.equals("$")) {
                int last = conds.size() - 1;
                if (last >= 0 && conds.get(last).contains("=*") && !conds.get(last).contains("!")) {
                    conds.set(last, conds.get(last) + (tok.equals("+") ? "!T" : "!S"));
                }
            } else if (!tok.equals("^")) {
                String word = word(tok);
                if (ARTICLES.contains(word) || word.isEmpty()) {
                    continue;
                }
                if (tok.startsWith("{")) {
                    for (String part : tok.substring(1, tok.length() - 1).split("\\s+")) {
                        if (!part.isBlank() && !ARTICLES.contains(word(part))) {
                            conds.add("any=" + word(part));
                        }
                    }
                } else if (PREPOSITIONS.contains(word) && !PARTICLES.contains(word) && i + 1 < after.size()
                        && after.get(i + 1).equals("+")) {
                    conds.add(word + "=*");
                } else {
                    conds.add("any=" + word);
                }
            }
        }
        for (String cond : conds) {
            java.util.regex.Matcher ref = java.util.regex.Pattern.compile("&([^=|!& ]+)").matcher(cond);
            while (ref.find()) {
                if (!definedSets.contains(ref.group(1)) || cond.indexOf('&') != cond.lastIndexOf('&')
                        && !cond.contains("|&")) {
                    return drop("undefined set &" + ref.group(1) + ": " + line);
                }
            }
        }
        return code + "\tTRIGGER" + (conds.isEmpty() ? "" : "\t" + String.join(" ", conds));
    }

    private List<String> phrase(String inner) {
        List<String> toks = tokens(inner);
        List<String> out = new ArrayList<>();
        if (toks.isEmpty()) {
            return out;
        }
        String prep = toks.get(0).toLowerCase(Locale.ROOT).replace("/", "|");
        if (!prep.matches("[a-z|-]+")) {
            prep = "any";
        }
        String head = null;
        String mark = "";
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < toks.size(); i++) {
            String t = toks.get(i);
            if (t.equals("+")) {
                mark = "!T";
            } else if (t.equals("$")) {
                mark = "!S";
            } else if (t.equals("^")) {
                continue;
            } else if (t.startsWith("{")) {
                String[] parts = t.substring(1, t.length() - 1).strip().split("\\s+");
                if (head == null) {
                    head = word(parts[parts.length - 1]);
                    for (int j = 0; j < parts.length - 1; j++) {
                        rest.add(word(parts[j]));
                    }
                } else {
                    for (String p : parts) {
                        rest.add(word(p));
                    }
                }
            } else if (!ARTICLES.contains(word(t))) {
                if (head == null) {
                    head = word(t);
                } else {
                    rest.add(word(t));
                }
            }
        }
        out.add(prep + "=" + (head == null ? "*" : head) + mark);
        for (String w : rest) {
            if (!w.isEmpty()) {
                out.add("any=" + w);
            }
        }
        return out;
    }

    /** Splits a pattern body into words, {braced compounds} and (parenthesised phrases). */
    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
            } else if (ch == '(' || ch == '{') {
                char close = ch == '(' ? ')' : '}';
                int depth = 0;
                int j = i;
                for (; j < s.length(); j++) {
                    if (s.charAt(j) == ch) {
                        depth++;
                    } else if (s.charAt(j) == close && --depth == 0) {
                        break;
                    }
                }
                out.add(s.substring(i, Math.min(j + 1, s.length())));
                i = j + 1;
            } else {
                int j = i;
                while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '('
                        && s.charAt(j) != '{') {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            }
        }
        return out;
    }

    /** A PETRARCH word as a Dateline word: lower case, trailing "_" removed, "&SET" kept, inner "_" to "-". */
    private static String word(String tok) {
        String t = tok.replaceAll("_+$", "").toLowerCase(Locale.ROOT);
        if (t.startsWith("&")) {
            return "&" + t.substring(1).replace("_", "");
        }
        String[] parts = t.split("_");
        return parts[parts.length - 1].replaceAll("[^a-z0-9'&-]", "");
    }

    private String drop(String why) {
        dropped++;
        dropReasons.add(why);
        return null;
    }

    /** Why patterns were dropped, one entry per pattern. */
    public List<String> dropReasons() {
        return List.copyOf(dropReasons);
    }
}
