package dateline.article;

/** A news agency from the agency table: the code as written in datelines, its name and its country. */
public record Agency(String code, String name, String country) {
}
