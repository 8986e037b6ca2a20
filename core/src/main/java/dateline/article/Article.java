package dateline.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A news article as read from its source: the body text that every later span indexes into, plus metadata.
 *
 * <p>{@code text} is the body as published, minus a trailing "Read more" block (which becomes
 * {@code relatedLinks}). Parts of the body that are not prose, such as the dateline prefix
 * {@code "Tehran (IP) - "} or a glued site header, stay in {@code text} so offsets stay true to the source,
 * and are listed in {@code boilerplate}: the annotator blanks them out before CoreNLP sees the text. A
 * hard-wrapped body stays as it came; the annotator sees it unwrapped ({@link #annotatableText()}).
 *
 * @param id            stable identifier: SHA-256 (hex, 16 chars) of source and text, see {@link #idOf}
 * @param source        where the article came from: a file path, URL or corpus name
 * @param agency        the news agency, resolved to its name ("Iran Press"), or null
 * @param agencyCode    the agency code as written ("IP"), or null
 * @param url           canonical URL, or null
 * @param datelinePlace reporting place from the dateline ("Tehran"), or null
 * @param datelineSpan  span of the place name in the dateline, or null
 * @param date          publication date; null when the source gives none (never invented)
 * @param title         headline, or null
 * @param text          the body text
 * @param boilerplate   spans of {@code text} that are not prose and must not be annotated
 * @param relatedLinks  "Read more" items split off the body
 * @param language      ISO 639-1 language code, "en" unless the source says otherwise
 * @param warnings      recoverable problems found while reading (bad date, stray markup, ...)
 */
public record Article(
        String id,
        String source,
        String agency,
        String agencyCode,
        String url,
        String datelinePlace,
        Span datelineSpan,
        LocalDate date,
        String title,
        String text,
        List<Span> boilerplate,
        List<RelatedLink> relatedLinks,
        String language,
        List<String> warnings) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        boilerplate = List.copyOf(boilerplate);
        relatedLinks = List.copyOf(relatedLinks);
        warnings = List.copyOf(warnings);
        language = language == null ? "en" : language;
        for (Span s : boilerplate) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("boilerplate span " + s + " outside text of " + text.length());
            }
        }
    }

    /** The stable id of an article: the first 16 hex digits of SHA-256 over source, a NUL, and text. */
    public static String idOf(String source, String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(source.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    /** The text of a span of this article. */
    public String slice(Span span) {
        return span.slice(text);
    }

    /**
     * The text as the annotator should see it: same length as {@link #text()}, unwrapped when it is hard-wrapped
     * (see {@link HardWrap}: a line end inside a paragraph becomes a space, an indented paragraph start a blank
     * line), with every boilerplate span replaced by spaces, so that offsets into it are offsets into {@code text}.
     */
    public String annotatableText() {
        String unwrapped = HardWrap.unwrap(text);
        if (boilerplate.isEmpty()) {
            return unwrapped;
        }
        char[] chars = unwrapped.toCharArray();
        for (Span s : boilerplate) {
            for (int i = s.start(); i < s.end(); i++) {
                if (chars[i] != '\n') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    /** True when {@code span} lies inside boilerplate, so no fact may come from it. */
    public boolean isBoilerplate(Span span) {
        for (Span s : boilerplate) {
            if (s.overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    public Article withDate(LocalDate newDate) {
        return new Article(id, source, agency, agencyCode, url, datelinePlace, datelineSpan, newDate, title, text,
                boilerplate, relatedLinks, language, warnings);
    }
}
