package dateline.article;

/**
 * An input that cannot be read as an article. The message names the input and says what is wrong; it is meant
 * to be shown to the user as it is.
 */
public final class ArticleReadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String input;

    public ArticleReadException(String input, String problem) {
        super(input + ": " + problem);
        this.input = input;
    }

    public ArticleReadException(String input, String problem, Throwable cause) {
        super(input + ": " + problem, cause);
        this.input = input;
    }

    /** The file, URL or record that could not be read. */
    public String input() {
        return input;
    }
}
