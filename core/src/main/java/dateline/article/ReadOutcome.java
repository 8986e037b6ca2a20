package dateline.article;

/** What reading one input (a file, or one record of a corpus) gave: an article or a clear failure. */
public sealed interface ReadOutcome {
    /** The input, as a user would name it: a path, or a path and line number. */
    String input();

    /** An article was read. */
    record Read(String input, Article article) implements ReadOutcome {
    }

    /** The input could not be read; {@code message} says why and names the input. */
    record Failed(String input, String message) implements ReadOutcome {
    }
}
