package dateline.export;

/**
 * One column of an export layout.
 *
 * @param name    the column name as the codebook writes it ("Actor1Code")
 * @param type    its DuckDB type (BIGINT, INTEGER, DOUBLE, VARCHAR), used to read an export back
 * @param meaning what Dateline puts in it
 */
public record Column(String name, String type, String meaning) {
}
