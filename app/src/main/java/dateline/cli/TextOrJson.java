package dateline.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --format text|json} option of the commands that print one report per input, and the printing. */
final class TextOrJson {
    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    boolean json() {
        return format == Format.json;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Prints one input's report in the chosen format: {@code json} builds the JSON value, {@code text} prints the
     * text. Flushed at once, so a long batch shows its reports as it goes.
     */
    void print(Supplier<?> json, Consumer<PrintWriter> text) {
        PrintWriter out = out();
        if (json()) {
            Json.print(out, json.get());
        } else {
            text.accept(out);
        }
        out.flush();
    }
}
