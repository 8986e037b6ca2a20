package dateline.knowledge;

/** A malformed line of a knowledge file, reported with the file and the 1-based line number. */
public class TableFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;

    /** The file, as its reader names it. */
    public String file() {
        return file;
    }

    /** The 1-based line number, or 0 for the file as a whole. */
    public int line() {
        return line;
    }

    /**
     * @param file    the file as its reader names it ("dateline/cameo/codebook.tsv")
     * @param line    1-based line number, or 0 when the problem is with the file as a whole
     * @param message what is wrong, without the location
     */
    public TableFileException(String file, int line, String message) {
        super((line > 0 ? file + ":" + line : file) + ": " + message);
        this.file = file;
        this.line = line;
    }
}
