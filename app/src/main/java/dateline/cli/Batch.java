package dateline.cli;

import java.io.PrintWriter;
import java.util.function.Function;

/**
 * Runs a command's inputs one at a time: a bad input is one line on stderr naming it and what is wrong, and the
 * batch goes on. The exit code is 0 when every input went through and 1 when any failed.
 */
final class Batch {
    private final PrintWriter err;
    private int failed;

    Batch(PrintWriter err) {
        this.err = err;
    }

    /** One input's work; a problem with the input itself (not a bug) is thrown as a {@link BadInput}. */
    @FunctionalInterface
    interface Step<T> {
        void run(T input) throws BadInput;
    }

    /** An input the command cannot use; the message names the input and says what is wrong with it. */
    static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }

    /** Runs {@code step} for every input, in order, naming an input by {@code name} when its step fails. */
    <T> int forEach(Iterable<T> inputs, Function<T, String> name, Step<T> step) {
        for (T input : inputs) {
            try {
                step.run(input);
            } catch (BadInput e) {
                reject(e.getMessage());
            } catch (RuntimeException e) {
                failed(name.apply(input), e);
            }
            err.flush();
        }
        return exitCode();
    }

    /** Runs one input's work, reporting an unexpected failure as one line naming the input. */
    void process(String input, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            failed(input, e);
        }
    }

    /** Reports a bad input: {@code message} names it and says what is wrong. */
    void reject(String message) {
        failed++;
        err.println("dateline: " + message);
    }

    /** The batch's exit code so far: 1 when any input failed. */
    int exitCode() {
        return failed > 0 ? 1 : 0;
    }

    private void failed(String input, RuntimeException e) {
        failed++;
        err.println("dateline: " + input + ": processing failed (" + e + ")");
        // The stack trace is for developers (debug log); the user gets the line above.
        org.slf4j.LoggerFactory.getLogger(Batch.class).debug("processing failed", e);
    }
}
