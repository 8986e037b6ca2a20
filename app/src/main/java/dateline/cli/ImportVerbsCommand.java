package dateline.cli;

import dateline.cameo.Codebook;
import dateline.event.PetrarchVerbImporter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline import-verbs IN OUT}: converts a PETRARCH2 verb dictionary into Dateline's pattern format. */
@Command(name = "import-verbs", mixinStandardHelpOptions = true,
        description = "Convert a PETRARCH2/TABARI verb dictionary (e.g. CAMEO.2.0.txt) into Dateline's pattern "
                + "format (docs/patterns.md).")
final class ImportVerbsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN", description = "The PETRARCH verb dictionary.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The pattern file to write.")
    Path outFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PetrarchVerbImporter imp = new PetrarchVerbImporter(Codebook.bundled());
        try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                Writer w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
            imp.convert(r, w, in.getFileName().toString());
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("dateline: " + e.getFile() + ": no such file");
            return 1;
        } catch (IOException e) {
            spec.commandLine().getErr().println("dateline: " + in + ": " + e.getMessage());
            return 1;
        }
        spec.commandLine().getErr().println("dateline: " + outFile + ": " + imp.summary());
        return 0;
    }
}
