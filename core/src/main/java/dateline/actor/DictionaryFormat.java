package dateline.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads and writes Dateline's own dictionary format (see {@code docs/dictionaries.md}): one entry per line,
 * {@code name TAB codes [TAB aliases]}, codes and aliases separated by {@code ;}, each code
 * {@code CODE [FROM..TO [title]]}. Reading is strict: a malformed line throws
 * {@link DictionaryFormatException} naming the file and line; nothing is skipped.
 */
public final class DictionaryFormat {
    /** Actor codes: three or more capitals/digits; "---" marks a phrase that is never an actor. */
    private static final Pattern ACTOR_CODE = Pattern.compile("[A-Z0-9]{3,}|---");
    /** Agent codes: a sector with '~' where the country goes ("~GOV" after it, "NGO~" before it). */
    private static final Pattern AGENT_CODE = Pattern.compile("~[A-Z0-9]{3,}|[A-Z0-9]{3,}~");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})?\\.\\.(\\d{4}-\\d{2}-\\d{2})?");

    private DictionaryFormat() {
    }

    /** Whether {@code code} is a valid code of this format. */
    public static boolean isValidCode(String code) {
        return ACTOR_CODE.matcher(code).matches() || AGENT_CODE.matcher(code).matches();
    }

    /** Parses a dictionary held in a string (handy for tests: three lines make a dictionary). */
    public static List<DictionaryEntry> parse(String file, String text) {
        return read(file, new StringReader(text));
    }

    /** Reads every entry of {@code file}; throws {@link DictionaryFormatException} on the first bad line. */
    public static List<DictionaryEntry> read(String file, Reader reader) {
        List<DictionaryEntry> entries = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                entries.add(parseLine(file, n, line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return entries;
    }

    static DictionaryEntry parseLine(String file, int n, String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length < 2 || fields.length > 3) {
            throw new DictionaryFormatException(file, n,
                    "expected 'name<TAB>codes[<TAB>aliases]', found " + fields.length + " field(s)");
        }
        String name = fields[0].strip();
        if (name.isEmpty()) {
            throw new DictionaryFormatException(file, n, "empty name");
        }
        List<Role> roles = new ArrayList<>();
        for (String part : fields[1].split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw new DictionaryFormatException(file, n, "empty code in '" + fields[1] + "'");
            }
            roles.add(parseRole(file, n, p));
        }
        List<String> aliases = new ArrayList<>();
        if (fields.length == 3 && !fields[2].isBlank()) {
            for (String a : fields[2].split(";")) {
                String alias = a.strip();
                if (alias.isEmpty()) {
                    throw new DictionaryFormatException(file, n, "empty alias in '" + fields[2] + "'");
                }
                aliases.add(alias);
            }
        }
        try {
            return new DictionaryEntry(name, aliases, roles, file + ":" + n);
        } catch (IllegalArgumentException e) {
            throw new DictionaryFormatException(file, n, e.getMessage());
        }
    }

    private static Role parseRole(String file, int n, String text) {
        String[] words = text.split("\\s+", 3);
        String code = words[0];
        if (!isValidCode(code)) {
            throw new DictionaryFormatException(file, n, "bad code '" + code + "'");
        }
        if (words.length == 1) {
            return Role.of(code);
        }
        var m = RANGE.matcher(words[1]);
        if (!m.matches()) {
            throw new DictionaryFormatException(file, n, "bad date range '" + words[1] + "' (want YYYY-MM-DD..YYYY-MM-DD,"
                    + " either side may be empty)");
        }
        try {
            LocalDate from = m.group(1) == null ? null : LocalDate.parse(m.group(1));
            LocalDate to = m.group(2) == null ? null : LocalDate.parse(m.group(2));
            String title = words.length == 3 ? words[2].strip() : null;
            return new Role(code, from, to, title);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new DictionaryFormatException(file, n, "bad date range '" + words[1] + "': " + e.getMessage());
        }
    }

    /** One entry as a line of this format (without the line break). */
    public static String format(DictionaryEntry e) {
        StringBuilder sb = new StringBuilder(clean(e.name())).append('\t');
        sb.append(String.join("; ", e.roles().stream().map(Role::format).toList()));
        if (!e.aliases().isEmpty()) {
            sb.append('\t').append(String.join("; ", e.aliases().stream().map(DictionaryFormat::clean).toList()));
        }
        return sb.toString();
    }

    private static String clean(String s) {
        if (s.indexOf('\t') >= 0 || s.indexOf(';') >= 0 || s.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("name contains a tab, ';' or line break: " + Arrays.toString(s.toCharArray()));
        }
        return s;
    }
}
