package dateline.cli;

import dateline.store.Store;
import dateline.store.StoreExports;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline export}: GDELT 2.0 Event/Mentions TSV, PLOVER JSON Lines, or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the store.",
            "gdelt-events: GDELT 2.0 Event file (61 tab-separated columns, no header);",
            "gdelt-mentions: GDELT 2.0 Mentions file (16 columns); plover: one JSON object per event mention;",
            "parquet: a directory with one Parquet file per table, plus the two GDELT layouts."})
final class ExportCommand implements Callable<Integer> {
    enum Format { gdelt_events, gdelt_mentions, plover, parquet }

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "gdelt-events, gdelt-mentions, plover or parquet.", converter = FormatConverter.class)
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE|DIR", description = "Output file (directory for parquet).")
    Path out;

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("unknown format '" + value
                        + "' (gdelt-events, gdelt-mentions, plover, parquet)");
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        try (Store st = Store.openReadOnly(store.dir)) {
            StoreExports x = new StoreExports(st);
            String what = switch (format) {
                case gdelt_events -> StoreExports.writeTsv(x.gdeltEvents(), out) + " GDELT event rows";
                case gdelt_mentions -> StoreExports.writeTsv(x.gdeltMentions(), out) + " GDELT mention rows";
                case plover -> x.plover(out) + " PLOVER records";
                case parquet -> x.parquet(out) + " Parquet files";
            };
            spec.commandLine().getOut().println("wrote " + what + " to " + out);
        }
        return 0;
    }
}
