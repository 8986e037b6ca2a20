package dateline.actor;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH / TABARI / Phoenix actor and agent dictionaries into {@link DictionaryEntry} records.
 *
 * <p>The source syntax: an entry line {@code NAME_ [CODE]} or {@code NAME_} followed by {@code +ALIAS} lines and
 * indented {@code [CODE date]} lines; dates are {@code >YYMMDD} (from), {@code <YYMMDD} (until) or
 * {@code YYMMDD-YYMMDD}, with two-digit years 00–29 read as 20YY as in PETRARCH; {@code #} starts a comment,
 * {@code <!-- -->} blocks are comments; consecutive name lines before one code block are synonyms. Agent files add {@code {PLURAL}} forms ({@code {}}: none) and
 * {@code !MACRO! = A, B} substitutions. Anything the importer cannot use is reported as a warning naming the file
 * and line, never dropped silently.
 */
public final class PetrarchImporter {
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern PLURAL = Pattern.compile("\\{([^}]*)\\}");
    private static final Pattern MACRO_DEF = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");
    private static final Pattern MACRO_USE = Pattern.compile("![A-Z]+!");
    private static final Pattern CODE_DATE = Pattern.compile(
            "([^\\s<>]+)\\s*(?:([<>])\\s*(\\d{6}|\\d{8})|(\\d{6}|\\d{8})\\s*-\\s*(\\d{6}|\\d{8}))?");

    /** The outcome: entries in file order plus the problems found, each "file:line: message". */
    public record Result(List<DictionaryEntry> entries, List<String> warnings) {
        public Result {
            entries = List.copyOf(entries);
            warnings = List.copyOf(warnings);
        }
    }

    private final String file;
    private final boolean agents;
    private final List<DictionaryEntry> entries = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, List<String>> macros = new LinkedHashMap<>();
    private Pending pending;

    private PetrarchImporter(String file, boolean agents) {
        this.file = file;
        this.agents = agents;
    }

    private static final class Pending {
        final int line;
        final List<String> names = new ArrayList<>();
        final List<Role> roles = new ArrayList<>();

        Pending(int line) {
            this.line = line;
        }
    }

    /**
     * Imports one dictionary.
     *
     * @param file   its name, used in warnings and as the source of entries
     * @param text   its content
     * @param agents true for an agents file ({@code [~GOV]} codes, plurals, macros)
     */
    public static Result importText(String file, String text, boolean agents) {
        PetrarchImporter p = new PetrarchImporter(file, agents);
        p.run(text);
        return new Result(p.entries, p.warnings);
    }

    private void run(String text) {
        String[] lines = text.split("\r?\n", -1);
        boolean inXmlComment = false;
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String raw = lines[i].replace('\u001a', ' ');
            if (inXmlComment) {
                inXmlComment = !raw.contains("-->");
                continue;
            }
            if (raw.strip().startsWith("<!--")) {
                inXmlComment = !raw.contains("-->");
                continue;
            }
            int hash = raw.indexOf('#');
            String s = hash >= 0 ? raw.substring(0, hash) : raw;
            if (s.isBlank()) {
                continue;
            }
            Matcher macro = MACRO_DEF.matcher(s.strip());
            if (agents && macro.matches()) {
                List<String> values = new ArrayList<>();
                for (String v : macro.group(2).split(",")) {
                    values.add(v.strip());
                }
                macros.put(macro.group(1), values);
                continue;
            }
            String stripped = s.strip();
            if (stripped.startsWith("+")) {
                if (pending == null) {
                    warn(n, "alias '" + stripped + "' outside an entry; ignored");
                    continue;
                }
                addNames(n, pending, stripped.substring(1));
            } else if (Character.isWhitespace(s.charAt(0)) && stripped.startsWith("[")) {
                if (pending == null) {
                    warn(n, "code '" + stripped + "' outside an entry; ignored");
                    continue;
                }
                addCodes(n, pending, stripped);
            } else if (pending != null && pending.roles.isEmpty()) {
                // Consecutive name lines before one code block are synonyms sharing those codes.
                addNames(n, pending, s);
                addCodes(n, pending, s);
            } else {
                flush();
                pending = new Pending(n);
                addNames(n, pending, s);
                addCodes(n, pending, s);
            }
        }
        flush();
    }

    /** Names: the text before any '[' code; for agents, '{plural}' forms and macro expansions too. */
    private void addNames(int n, Pending p, String s) {
        int bracket = s.indexOf('[');
        String head = bracket >= 0 ? s.substring(0, bracket) : s;
        List<String> forms = new ArrayList<>();
        Matcher plural = PLURAL.matcher(head);
        String name = head;
        if (plural.find()) {
            name = head.substring(0, plural.start());
            for (String f : plural.group(1).split(",")) {
                if (!f.isBlank()) {
                    forms.add(f);
                }
            }
        }
        forms.add(0, name);
        for (String f : forms) {
            for (String expanded : expand(n, f)) {
                String phrase = phrase(expanded);
                if (phrase.isEmpty()) {
                    continue;
                }
                if (phrase.indexOf(';') >= 0) {
                    warn(n, "name '" + phrase + "' contains ';'; ignored");
                    continue;
                }
                p.names.add(phrase);
            }
        }
        if (p.names.isEmpty() && p == pending && p.line == n) {
            warn(n, "entry without a name");
        }
    }

    private List<String> expand(int n, String form) {
        Matcher m = MACRO_USE.matcher(form);
        if (!m.find()) {
            return List.of(form);
        }
        List<String> values = macros.get(m.group());
        if (values == null) {
            warn(n, "undefined macro " + m.group() + " in '" + form.strip() + "'; kept literally");
            return List.of(form.replace(m.group(), ""));
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            out.addAll(expand(n, form.substring(0, m.start()) + v + form.substring(m.end())));
        }
        return out;
    }

    private void addCodes(int n, Pending p, String s) {
        Matcher m = BRACKET.matcher(s);
        while (m.find()) {
            String inner = m.group(1).strip().toUpperCase(Locale.ROOT);
            Matcher c = CODE_DATE.matcher(inner);
            if (!c.matches()) {
                warn(n, "unreadable code '[" + m.group(1) + "]'; ignored");
                continue;
            }
            String code = c.group(1);
            if (!DictionaryFormat.isValidCode(code)) {
                warn(n, "code '" + code + "' is not a CAMEO-style code; ignored");
                continue;
            }
            try {
                LocalDate from = null;
                LocalDate to = null;
                if (">".equals(c.group(2))) {
                    from = date(c.group(3));
                } else if ("<".equals(c.group(2))) {
                    to = date(c.group(3));
                } else if (c.group(4) != null) {
                    from = date(c.group(4));
                    to = date(c.group(5));
                }
                p.roles.add(new Role(code, from, to, null));
            } catch (DateTimeException | IllegalArgumentException e) {
                warn(n, "bad date in '[" + m.group(1) + "]' (" + e.getMessage() + "); code ignored");
            }
        }
    }

    private void flush() {
        Pending p = pending;
        pending = null;
        if (p == null || p.names.isEmpty()) {
            return;
        }
        if (p.roles.isEmpty()) {
            warn(p.line, "entry '" + p.names.get(0) + "' has no usable code; skipped");
            return;
        }
        boolean agent = p.roles.get(0).isAgent();
        List<Role> roles = p.roles.stream().filter(r -> r.isAgent() == agent).toList();
        if (roles.size() != p.roles.size()) {
            warn(p.line, "entry '" + p.names.get(0) + "' mixes agent and actor codes; kept the "
                    + (agent ? "agent" : "actor") + " codes");
        }
        Set<String> names = new LinkedHashSet<>(p.names);
        List<String> all = new ArrayList<>(names);
        String canonical = display(all.get(0), agent);
        List<String> aliases = new ArrayList<>();
        for (String a : all.subList(1, all.size())) {
            aliases.add(display(a, agent));
        }
        entries.add(new DictionaryEntry(canonical, aliases, roles, file + ":" + p.line));
    }

    /** "HASSAN_ROUHANI_" → "HASSAN ROUHANI". */
    static String phrase(String raw) {
        return raw.replace('_', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Upper-case dictionary text as a readable name: "HASSAN ROUHANI" → "Hassan Rouhani"; agents lower-case. */
    static String display(String phrase, boolean agent) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (agent) {
            return lower;
        }
        StringBuilder sb = new StringBuilder(lower.length());
        boolean start = true;
        for (int i = 0; i < lower.length(); i++) {
            char ch = lower.charAt(i);
            sb.append(start ? Character.toUpperCase(ch) : ch);
            start = ch == ' ' || ch == '-' || ch == '(' || ch == '/' || ch == '.';
        }
        return sb.toString().replace(" Of ", " of ").replace(" The ", " the ").replace(" And ", " and ")
                .replace(" For ", " for ");
    }

    /** YYMMDD (00–29 → 20YY, else 19YY, as PETRARCH) or YYYYMMDD. */
    static LocalDate date(String s) {
        int year;
        int rest;
        if (s.length() == 6) {
            int yy = Integer.parseInt(s.substring(0, 2));
            year = yy < 30 ? 2000 + yy : 1900 + yy;
            rest = 2;
        } else {
            year = Integer.parseInt(s.substring(0, 4));
            rest = 4;
        }
        return LocalDate.of(year, Integer.parseInt(s.substring(rest, rest + 2)),
                Integer.parseInt(s.substring(rest + 2, rest + 4)));
    }

    private void warn(int n, String message) {
        warnings.add(file + ":" + n + ": " + message);
    }
}
