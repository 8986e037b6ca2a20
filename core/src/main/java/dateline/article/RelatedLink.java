package dateline.article;

/**
 * A "Read more" / "Related" item split off the end of an article: its title and, when the source gave one, its
 * URL. Related links are kept apart from the body so that nothing in them is annotated or coded.
 */
public record RelatedLink(String title, String url) {
    public RelatedLink {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("related link needs a title");
        }
    }
}
