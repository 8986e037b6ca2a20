package dateline.actor;

import dateline.knowledge.TableFile;
import java.io.Reader;
import java.time.LocalDate;
import java.time.DateTimeException;
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
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})?\\.\\.(\\d{4}-\\d{2}-\\d{2})?");

    private DictionaryFormat() {
    }

    /**
     * Whether {@code code} is a valid code of this format: an actor code of three or more capitals/digits, "---"
     * (a phrase that is never an actor), or an agent code with '~' where the country goes ("~GOV", "NGO~").
     */
    public static boolean isValidCode(String code) {
        if (code.equals(Role.NO_ACTOR)) {
            return true;
        }
        int start = code.startsWith("~") ? 1 : 0;
        int end = code.endsWith("~") && start == 0 ? code.length() - 1 : code.length();
        String actor = code.substring(start, end);
        return ActorCode.isValid(actor) && !actor.startsWith(ActorCode.UNKNOWN_COUNTRY);
    }

    /** Parses a dictionary held in a string (handy for tests: three lines make a dictionary). */
    public static List<DictionaryEntry> parse(String file, String text) {
        return read(TableFile.ofText(file, text));
    }

    /** Reads every entry of {@code file}; throws {@link DictionaryFormatException} on the first bad line. */
    public static List<DictionaryEntry> read(String file, Reader reader) {
        return read(TableFile.of(file, reader));
    }

    /**
     * Reads every entry of a dictionary file, citing each as {@code name:line} with the file's name; throws
     * {@link DictionaryFormatException} on the first bad line.
     */
    public static List<DictionaryEntry> read(TableFile file) {
        List<DictionaryEntry> entries = new ArrayList<>();
        file.forEach(line -> entries.add(parseLine(line.file(), line.number(), line.text())));
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
        // Hand-written splitting: this runs ~50,000 times when the bundled dictionaries load.
        int sp1 = indexOfSpace(text, 0);
        String code = sp1 < 0 ? text : text.substring(0, sp1);
        if (!isValidCode(code)) {
            throw new DictionaryFormatException(file, n, "bad code '" + code + "'");
        }
        if (sp1 < 0) {
            return Role.of(code);
        }
        int rangeStart = skipSpaces(text, sp1);
        int sp2 = indexOfSpace(text, rangeStart);
        String range = sp2 < 0 ? text.substring(rangeStart) : text.substring(rangeStart, sp2);
        String title = sp2 < 0 ? null : text.substring(skipSpaces(text, sp2)).strip();
        int dots = range.indexOf("..");
        if (dots < 0 || !RANGE.matcher(range).matches()) {
            throw new DictionaryFormatException(file, n, "bad date range '" + range + "' (want YYYY-MM-DD..YYYY-MM-DD,"
                    + " either side may be empty)");
        }
        try {
            LocalDate from = dots == 0 ? null : date(range, 0);
            LocalDate to = dots + 2 == range.length() ? null : date(range, dots + 2);
            return new Role(code, from, to, title == null || title.isEmpty() ? null : title);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new DictionaryFormatException(file, n, "bad date range '" + range + "': " + e.getMessage());
        }
    }

    private static LocalDate date(String s, int at) {
        return LocalDate.of(Integer.parseInt(s, at, at + 4, 10), Integer.parseInt(s, at + 5, at + 7, 10),
                Integer.parseInt(s, at + 8, at + 10, 10));
    }

    private static int indexOfSpace(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
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
