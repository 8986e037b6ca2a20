package dateline.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds an {@link Article} from plain text: finds the dateline, glued site headers and a trailing
 * "Read more" block, so that the annotator sees only prose while every offset still points into the source text.
 */
public final class TextArticles {
    private static final Pattern RELATED_HEADING = Pattern.compile(
            "(?im)^[ \\t]*(?:read more|related|related (?:news|articles|stories|content|coverage)|also read|read also"
                    + "|see also|more on this|more from [\\p{L} ]{1,30}|you may also like|recommended)[ \\t]*:?[ \\t]*$");
    /** A paragraph opening with a site name glued to a section name, e.g. "Iran PressIran News:". */
    private static final Pattern GLUED_HEADER = Pattern.compile(
            "(?m)^(?<header>[\\p{Lu}][\\p{L}]*(?:[ \\u00A0][\\p{Lu}][\\p{L}]*){0,5}:)[ \\t\\u00A0]+");

    /** A wire sign-off on the last line: "Reuter", "REUTER", "(Reporting by ...; Editing by ...)", "-- AP". */
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?s)\\n[ \\t]*(?:reuters?|afp|ap|xinhua|irna|dpa|upi|(?:--|—)\\s*\\p{L}{2,10}"
                    + "|\\((?:reporting|writing|editing|additional reporting)[^()]{0,300}\\))[ \\t.]*\\z",
            Pattern.CASE_INSENSITIVE);

    /**
     * A credit line anywhere in the body, as one sentence: "VOA's Urdu Service contributed to this report.", "Jane Doe
     * contributed reporting from Paris.", "This story originated in VOA's Somali Service." It names reporters and
     * desks, not parties to the news.
     */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?m)(?:^|(?<=[.!?][\"”’]? ))[^.!?\n\"“”]{0,150}?\\b(?:contributed (?:reporting\\b|to this (?:report|story|article))"
                    + "|(?:This|The) (?:story|report|article) (?:originated|first appeared|was (?:first |originally )?published)"
                    + " (?:in|on))\\b[^\n\"“”]{0,150}?(?:[.!?]|$)");

    /**
     * Longest body accepted. News articles are far shorter; a longer text is a book, a dump or an attack, and would
     * hold a CoreNLP worker for minutes.
     */
    public static final int MAX_TEXT_CHARS = 200_000;

    private final DatelineParser datelines;
    private final Agencies agencies;

    public TextArticles(Agencies agencies) {
        this.agencies = agencies;
        this.datelines = new DatelineParser(agencies);
    }

    /** Reads plain {@code raw} text from {@code source}. */
    public Article read(String source, String raw, ArticleOptions options) throws ArticleReadException {
        return build(source, raw, null, null, null, options.date(), options);
    }

    /**
     * Builds an article from its parts; used by every reader so that datelines, headers and related links are
     * handled the same whatever the container format.
     */
    public Article build(String source, String raw, String title, String url, String agencyHint, LocalDate date,
            ArticleOptions options) throws ArticleReadException {
        if (raw == null || raw.isBlank()) {
            throw new ArticleReadException(source, "empty article: no text");
        }
        if (raw.length() > MAX_TEXT_CHARS) {
            throw new ArticleReadException(source, "article too long (" + raw.length() + " characters; limit "
                    + MAX_TEXT_CHARS + "): split it into articles");
        }
        List<String> warnings = new ArrayList<>();
        List<RelatedLink> related = new ArrayList<>();
        String text = splitRelated(raw, related).stripTrailing();
        // Leading blank lines carry no information and would push every offset.
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        text = text.substring(lead);
        if (text.isBlank()) {
            throw new ArticleReadException(source, "empty article: only a related-links block");
        }
        List<Span> boilerplate = new ArrayList<>();
        String place = null;
        Span placeSpan = null;
        String agencyCode = null;
        String agencyName = null;
        Optional<Dateline> dateline = datelines.parse(text);
        if (dateline.isPresent()) {
            Dateline d = dateline.get();
            place = d.place();
            placeSpan = d.placeSpan();
            agencyCode = d.agencyCode();
            agencyName = d.agency() != null ? d.agency().name() : null;
            boilerplate.add(d.span());
        }
        if (agencyName == null && agencyHint != null) {
            Optional<Agency> a = agencies.find(agencyHint);
            agencyName = a.map(Agency::name).orElse(agencyHint);
            agencyCode = a.map(Agency::code).orElse(agencyCode);
        }
        findGluedHeaders(text, agencyName, boilerplate);
        Matcher signOff = SIGN_OFF.matcher(text);
        if (signOff.find()) {
            boilerplate.add(new Span(signOff.start(), text.length()));
        }
        Matcher credit = CREDIT_LINE.matcher(HardWrap.unwrap(text));
        while (credit.find()) {
            addUnlessOverlapping(List.of(new Span(credit.start(), credit.end())), boilerplate);
        }
        // Found in the unwrapped view (same offsets), so a heading is judged as the annotator will read the line.
        addUnlessOverlapping(RunInHeadings.bundled().find(HardWrap.unwrap(text)), boilerplate);
        LocalDate checkedDate = checkDate(source, date, options, warnings);
        String id = Article.idOf(source, text);
        String language = Scripts.guessLanguage(text);
        if (!language.equals("en")) {
            warnings.add("text looks like language '" + language + "', which Dateline does not code; no events");
        }
        return new Article(id, source, agencyName, agencyCode, url, place, placeSpan, checkedDate, title, text,
                boilerplate, related, language, warnings);
    }

    static LocalDate checkDate(String source, LocalDate date, ArticleOptions options, List<String> warnings) {
        // The input's own date (HTML metadata, corpus record) wins; --date is for inputs that carry none.
        LocalDate d = date != null ? date : options.date();
        if (d != null && options.today() != null && d.isAfter(options.today())) {
            warnings.add("publication date " + d + " is in the future; ignored");
            org.slf4j.LoggerFactory.getLogger(TextArticles.class)
                    .warn("{}: publication date {} is later than today; ignored", source, d);
            return null;
        }
        return d;
    }

    /** Cuts a trailing related-links block off {@code raw}, adding its items to {@code related}. */
    static String splitRelated(String raw, List<RelatedLink> related) {
        Matcher m = RELATED_HEADING.matcher(raw);
        int cut = -1;
        while (m.find()) {
            // Only a block in the last part of the text whose lines are all short titles counts.
            String tail = raw.substring(m.end());
            if (isTitleList(tail)) {
                cut = m.start();
                break;
            }
        }
        if (cut < 0) {
            return raw;
        }
        for (String line : raw.substring(cut).split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || RELATED_HEADING.matcher(t).matches()) {
                continue;
            }
            related.add(new RelatedLink(t.replaceAll("-{2,}$", "").strip(), null));
        }
        return raw.substring(0, cut);
    }

    private static boolean isTitleList(String tail) {
        int items = 0;
        for (String line : tail.split("\n")) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.length() > 200 || t.split("\\s+").length > 30) {
                return false;
            }
            items++;
        }
        return items > 0 && items <= 30;
    }

    private static void addUnlessOverlapping(List<Span> found, List<Span> boilerplate) {
        for (Span span : found) {
            if (boilerplate.stream().noneMatch(s -> s.overlaps(span))) {
                boilerplate.add(span);
            }
        }
    }

    private static void findGluedHeaders(String text, String agencyName, List<Span> boilerplate) {
        Matcher m = GLUED_HEADER.matcher(text);
        while (m.find()) {
            String header = m.group("header");
            boolean glued = header.matches(".*\\p{Ll}\\p{Lu}.*");
            boolean namesAgency = agencyName != null
                    && header.toLowerCase(Locale.ROOT).startsWith(agencyName.toLowerCase(Locale.ROOT));
            if (glued || namesAgency) {
                Span span = new Span(m.start(), m.end());
                if (boilerplate.stream().noneMatch(s -> s.overlaps(span))) {
                    boilerplate.add(span);
                }
            }
        }
    }
}
