package dateline.eval;

/** A gold file that cannot be read or does not fit its article. The message names the file and is shown as is. */
public final class GoldReadException extends Exception {
    private static final long serialVersionUID = 1L;

    public GoldReadException(String input, String problem) {
        super(input + ": " + problem);
    }

    public GoldReadException(String input, String problem, Throwable cause) {
        super(input + ": " + problem, cause);
    }
}
