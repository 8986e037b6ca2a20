package dateline.cli;

import dateline.store.Store;
import dateline.store.Table;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options of the commands that print one table read from the store: {@code --store} and {@code --format}. */
final class StoreTable {
    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "table", description = "Output: ${COMPLETION-CANDIDATES}.")
    TableOutput.Format format;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** A read of the store that gives one table. */
    @FunctionalInterface
    interface Read {
        Table from(Store store) throws Exception;
    }

    /** Opens the store read-only, runs {@code read} and prints its table; returns exit code 0. */
    int print(Read read) throws Exception {
        try (Store st = Store.openReadOnly(store.dir)) {
            TableOutput.print(read.from(st), format, spec.commandLine().getOut());
        }
        return 0;
    }
}
