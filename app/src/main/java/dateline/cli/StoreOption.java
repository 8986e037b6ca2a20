package dateline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by every command that uses the store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "dateline-data",
            description = "Store directory (default: ${DEFAULT-VALUE}).")
    Path dir;
}
