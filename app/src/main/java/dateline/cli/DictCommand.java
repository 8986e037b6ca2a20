package dateline.cli;

import dateline.actor.DictionaryEntry;
import dateline.actor.DictionaryFormat;
import dateline.actor.DictionaryFormatException;
import dateline.actor.PetrarchImporter;
import dateline.actor.Role;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline dict}: import, generate and check actor dictionaries in Dateline's format. */
@Command(name = "dict", mixinStandardHelpOptions = true,
        description = "Actor dictionaries: import PETRARCH/TABARI files, generate ISO 3166 countries, check files.",
        subcommands = {DictCommand.Import.class, DictCommand.Iso3166.class, DictCommand.Check.class})
final class DictCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Convert PETRARCH/TABARI/Phoenix .actors or .agents files into Dateline's dictionary format.")
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "PETRARCH-format dictionary files.")
        List<Path> files;

        @Option(names = "--agents", description = "The files are agent dictionaries ([~GOV] codes, {plurals}).")
        boolean agents;

        @Option(names = {"-o", "--output"}, description = "Output file (default: standard output).")
        Path output;

        @Option(names = "--note", description = "A line of provenance to put in the output header (repeatable).")
        List<String> notes = new ArrayList<>();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            List<DictionaryEntry> entries = new ArrayList<>();
            int warnings = 0;
            for (Path f : files) {
                if (!Files.isReadable(f)) {
                    err.println("dateline: " + f + ": cannot read");
                    return 1;
                }
                PetrarchImporter.Result r = PetrarchImporter.importText(f.getFileName().toString(), decode(f), agents);
                r.warnings().forEach(w -> err.println("dateline: warning: " + w));
                warnings += r.warnings().size();
                entries.addAll(r.entries());
            }
            StringBuilder sb = new StringBuilder();
            sb.append("# Dateline actor dictionary (format: docs/dictionaries.md)\n");
            sb.append("# Imported with `dateline dict import").append(agents ? " --agents" : "").append("` from: ");
            sb.append(String.join(", ", files.stream().map(p -> p.getFileName().toString()).toList())).append('\n');
            for (String n : notes) {
                sb.append("# ").append(n).append('\n');
            }
            for (DictionaryEntry e : entries) {
                sb.append(DictionaryFormat.format(e)).append('\n');
            }
            write(sb.toString());
            err.printf("dateline: %d entries, %d warnings%n", entries.size(), warnings);
            return 0;
        }

        private void write(String text) throws IOException {
            if (output == null) {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
            } else {
                Files.writeString(output, text, StandardCharsets.UTF_8);
            }
        }

        /** UTF-8, or Windows-1252 for the older files that are not valid UTF-8. */
        private static String decode(Path f) throws IOException {
            byte[] bytes = Files.readAllBytes(f);
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
            }
        }
    }

    @Command(name = "iso3166", mixinStandardHelpOptions = true,
            description = "Write the ISO 3166-1 countries known to the JDK as a dictionary (English name -> alpha-3).")
    static final class Iso3166 implements Callable<Integer> {
        @Option(names = {"-o", "--output"}, description = "Output file (default: standard output).")
        Path output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            TreeMap<String, String> byCode = new TreeMap<>();
            for (String a2 : Locale.getISOCountries()) {
                Locale l = new Locale("", a2);
                byCode.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
            }
            StringBuilder sb = new StringBuilder();
            sb.append("# Dateline actor dictionary (format: docs/dictionaries.md)\n");
            sb.append("# ISO 3166-1 countries: English name -> alpha-3 code, generated by `dateline dict iso3166` from the"
                    + " JDK's Locale data (Java ").append(Runtime.version().feature()).append(")\n");
            byCode.forEach((code, name) -> sb.append(DictionaryFormat.format(
                    new DictionaryEntry(name.replace(";", ","), List.of(), List.of(Role.of(code)), "iso3166")))
                    .append('\n'));
            if (output == null) {
                spec.commandLine().getOut().print(sb);
                spec.commandLine().getOut().flush();
            } else {
                Files.writeString(output, sb.toString(), StandardCharsets.UTF_8);
            }
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check dictionary files in Dateline's format; reports the first bad line of each.")
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "1..*")
        List<Path> files;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            int bad = 0;
            for (Path f : files) {
                try {
                    List<DictionaryEntry> e = DictionaryFormat.read(f.toString(),
                            Files.newBufferedReader(f, StandardCharsets.UTF_8));
                    spec.commandLine().getOut().printf("%s: %d entries%n", f, e.size());
                } catch (DictionaryFormatException e) {
                    bad++;
                    spec.commandLine().getErr().println("dateline: " + e.getMessage());
                } catch (IOException e) {
                    bad++;
                    spec.commandLine().getErr().println("dateline: " + f + ": cannot read (" + e.getMessage() + ")");
                }
            }
            spec.commandLine().getOut().flush();
            return bad > 0 ? 1 : 0;
        }
    }
}
