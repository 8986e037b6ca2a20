package dateline.knowledge;

/**
 * One content line of a knowledge file: where it is, its text and its tab-separated fields.
 *
 * @param file   the file as its reader names it
 * @param number the 1-based line number in the file
 * @param text   the line as written (no line terminator)
 */
public record TableLine(String file, int number, String text) {

    /** The tab-separated fields, trailing empty fields kept. */
    public String[] fields() {
        return text.split("\t", -1);
    }

    /**
     * The fields, checked to number at least {@code min}: otherwise an error at this line saying what a line
     * should look like ({@code shape}, e.g. {@code "code<TAB>name<TAB>goldstein"}).
     */
    public String[] fields(int min, String shape) {
        String[] f = fields();
        if (f.length < min) {
            throw error("expected '" + shape + "', found " + f.length + " field(s)");
        }
        return f;
    }

    /** The error to throw for this line: {@code file:line: what}. */
    public TableFileException error(String what) {
        return new TableFileException(file, number, what);
    }
}
