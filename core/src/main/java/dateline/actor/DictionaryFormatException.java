package dateline.actor;

import dateline.knowledge.TableFileException;

/** A malformed dictionary line, reported with its file and line number. */
public final class DictionaryFormatException extends TableFileException {
    private static final long serialVersionUID = 1L;

    public DictionaryFormatException(String file, int line, String message) {
        super(file, line, message);
    }
}
