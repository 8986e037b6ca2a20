package dateline.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The job's command line, parsed and checked before Spark starts.
 *
 * @param inputs     input paths or URIs (local, {@code hdfs://}, {@code s3a://}, globs), as Spark reads them
 * @param format     how to read them
 * @param output     output directory; each table is a sub-directory
 * @param master     Spark master URL, or null to take it from {@code spark-submit}
 * @param gdelt      also write GDELT 2.0-style event TSV under {@code gdelt/}
 * @param date       publication date for inputs that carry none (text files), or null
 * @param limit      code only the first N records (benchmarks), or 0 for all
 * @param partitions partitions to spread the records over before coding, or 0 for twice the default parallelism
 */
public record JobOptions(List<String> inputs, Format format, String output, String master, boolean gdelt,
        LocalDate date, int limit, int partitions) {

    /** Input formats. */
    public enum Format {
        /** JSON Lines, optionally gzip-compressed: one article per line. */
        JSONL,
        /** One article per file: plain text or HTML. */
        TEXT,
        /** Parquet with columns named like the JSON Lines fields. */
        PARQUET
    }

    public JobOptions {
        inputs = List.copyOf(inputs);
    }

    static final String USAGE = "usage: CodeCorpusJob --input PATH[,PATH...] --output DIR [--format jsonl|text|parquet]"
            + " [--master URL] [--gdelt] [--date YYYY-MM-DD] [--limit N] [--partitions N]";

    /** Parses {@code args}; throws with a one-line message on a bad command line. */
    public static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        Format format = null;
        String output = null;
        String master = null;
        boolean gdelt = false;
        LocalDate date = null;
        int limit = 0;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--input", "-i" -> {
                    for (String p : value(args, ++i, a).split(",")) {
                        if (!p.isBlank()) {
                            inputs.add(p.strip());
                        }
                    }
                }
                case "--output", "-o" -> output = value(args, ++i, a);
                case "--format" -> {
                    String f = value(args, ++i, a);
                    try {
                        format = Format.valueOf(f.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(
                                "--format must be jsonl, text or parquet, not \"" + f + "\"");
                    }
                }
                case "--master" -> master = value(args, ++i, a);
                case "--gdelt" -> gdelt = true;
                case "--date" -> {
                    String d = value(args, ++i, a);
                    try {
                        date = LocalDate.parse(d);
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("--date must be YYYY-MM-DD, not \"" + d + "\"");
                    }
                }
                case "--limit" -> limit = positive(value(args, ++i, a), a);
                case "--partitions" -> partitions = positive(value(args, ++i, a), a);
                default -> throw new IllegalArgumentException("unknown option \"" + a + "\"");
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("--input is required");
        }
        if (output == null) {
            throw new IllegalArgumentException("--output is required");
        }
        if (format == null) {
            format = guessFormat(inputs.get(0));
        }
        return new JobOptions(inputs, format, output, master, gdelt, date, limit, partitions);
    }

    /** The format a path's name suggests: .jsonl/.ndjson (optionally .gz) or .parquet, else one article per file. */
    static Format guessFormat(String path) {
        String name = path.toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return Format.JSONL;
        }
        if (name.endsWith(".parquet")) {
            return Format.PARQUET;
        }
        return Format.TEXT;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int positive(String s, String option) {
        try {
            int n = Integer.parseInt(s);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a positive whole number, not \"" + s + "\"");
    }
}
