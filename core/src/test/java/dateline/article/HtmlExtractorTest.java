package dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.article.html.Provenance;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pages written for these tests: one article wrapped in each kind of page furniture. */
class HtmlExtractorTest {
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    static final List<String> PARAGRAPHS = List.of(
            "The town council of Eastbrook voted on Tuesday to rebuild the old stone bridge over the Miller River,"
                    + " ending a debate that had lasted for more than three years.",
            "Mayor Ellen Hart said the new bridge would carry both cars and bicycles, and that work would start in"
                    + " the spring if the regional government approves the budget.",
            "Residents who crowded into the council chamber applauded the decision, although several farmers warned"
                    + " that the detour during construction would add an hour to their trips to market.",
            "The bridge, built in 1887, was closed to heavy traffic last year after engineers found cracks in two of"
                    + " its arches.");
    static final String BODY_TEXT = String.join("\n\n", PARAGRAPHS);

    private final HtmlExtractor extractor = new HtmlExtractor();

    /** A page with the article paragraphs, {@code before} and {@code inside} the article, and {@code after} it. */
    static String page(String head, String before, String inside, String after) {
        StringBuilder p = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Bridge vote</title>")
                .append(head).append("</head><body>").append(before)
                .append("<div class=\"main\"><article><h1>Council votes to rebuild the Miller River bridge</h1>");
        for (int i = 0; i < PARAGRAPHS.size(); i++) {
            p.append("<p>").append(PARAGRAPHS.get(i)).append("</p>\n");
            if (i == 1) {
                p.append(inside);
            }
        }
        return p.append("</article></div>").append(after).append("</body></html>").toString();
    }

    Extraction extract(String html) {
        return extractor.extract(html.getBytes(StandardCharsets.UTF_8), "https://gazette.example/news/bridge", TODAY);
    }

    static Stream<Arguments> furniture() {
        String links = "<li><a href=\"/a\">Home</a></li><li><a href=\"/b\">World</a></li><li><a href=\"/c\">Sport</a></li>";
        return Stream.of(
                Arguments.of("navigation", "<nav><ul>" + links + "</ul></nav>", "", ""),
                Arguments.of("menu by class", "<div class=\"site-menu\"><ul>" + links + "</ul></div>", "", ""),
                Arguments.of("share bar", "", "<div class=\"share-bar\"><span>Share this article</span>"
                        + "<a href=\"https://social.example/share\">Facebook</a><a href=\"mailto:x\">Email</a></div>", ""),
                Arguments.of("share text only", "", "<p>Share this article</p>", ""),
                Arguments.of("newsletter box", "", "<div class=\"newsletter-signup\"><h3>Morning briefing</h3>"
                        + "<p>Sign up for our daily newsletter and get the top stories delivered to your inbox.</p>"
                        + "<input type=\"email\"><button>Subscribe</button></div>", ""),
                Arguments.of("newsletter text only", "", "<p>Sign up for our daily newsletter.</p>", ""),
                Arguments.of("cookie notice", "<div id=\"cookie-consent\"><p>We use cookies to improve your experience"
                        + " on our website. By continuing to browse you agree to our use of cookies.</p>"
                        + "<button>Accept</button></div>", "", ""),
                Arguments.of("image with caption and credit", "", "<figure><img src=\"/bridge.jpg\"><figcaption>"
                        + "The old bridge at dawn. Photo: Sam Lee / Example Images</figcaption></figure>", ""),
                Arguments.of("picture of another story", "", "<div><a href=\"/other\"><img src=\"/x.jpg\"></a>"
                        + "<span>Floods close the coast road again</span></div>", ""),
                Arguments.of("image credit line", "", "<p>Image credit: Example Images</p>", ""),
                Arguments.of("advertisement", "", "<div class=\"ad-slot\"><p>Advertisement</p></div><p>Advertisement</p>", ""),
                Arguments.of("comment thread", "", "", "<section id=\"comments\"><h2>42 comments</h2>"
                        + "<div class=\"comment\"><p>I have crossed that bridge every day for twenty years and I am glad"
                        + " somebody finally decided to do something about the cracks in it.</p></div>"
                        + "<div class=\"comment\"><p>What a waste of money, the council should fix the roads first and"
                        + " leave the bridge for later, as they promised at the last election.</p></div></section>"),
                Arguments.of("byline and reading time", "<div class=\"byline\">By Jane Doe | 4 min read</div>", "", ""),
                Arguments.of("byline text only", "", "<p>By Jane Doe</p><p>5 min read</p>", ""),
                Arguments.of("date line", "", "<p>Tuesday, March 5, 2024 at 9:30 am</p>", ""),
                Arguments.of("footer", "", "", "<footer><p>Copyright 2025 Eastbrook Gazette. All rights reserved.</p>"
                        + "<ul>" + links + "</ul></footer>"),
                Arguments.of("most read sidebar", "", "", "<aside><h3>Most read</h3><ol>" + links + "</ol></aside>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("furniture")
    void removesEachKindOfFurniture(String kind, String before, String inside, String after) {
        Extraction ex = extract(page("", before, inside, after));
        assertThat(ex.hasArticle()).isTrue();
        assertThat(ex.text()).as(kind).isEqualTo(BODY_TEXT);
    }

    @Test
    void readMoreListBecomesRelatedLinks() {
        String related = "<h3>Read more</h3><ul><li><a href=\"/news/floods\">Floods close the coast road again</a></li>"
                + "<li><a href=\"https://gazette.example/news/school\">New school opens in Eastbrook 3 hours ago</a></li></ul>";
        Extraction ex = extract(page("", "", related, ""));
        assertThat(ex.text()).isEqualTo(BODY_TEXT);
        assertThat(ex.relatedLinks()).extracting(RelatedLink::title)
                .containsExactly("Floods close the coast road again", "New school opens in Eastbrook");
        assertThat(ex.relatedLinks().get(0).url()).isEqualTo("https://gazette.example/news/floods");
    }

    @Test
    void inlineReadMoreLineBecomesARelatedLink() {
        String inline = "<p>READ MORE: <a href=\"/news/ferry\">Ferry service to resume in June</a></p>";
        Extraction ex = extract(page("", "", inline, ""));
        assertThat(ex.text()).isEqualTo(BODY_TEXT);
        assertThat(ex.relatedLinks()).extracting(RelatedLink::title).containsExactly("Ferry service to resume in June");
    }

    @Test
    void keepsSubheadingsListsAndQuotesOfTheArticle() {
        String inside = "<h2>What happens next</h2><ul><li>A public hearing will be held in March.</li>"
                + "<li>Tenders will open in April.</li></ul><blockquote>We waited long enough for this.</blockquote>";
        Extraction ex = extract(page("", "", inside, ""));
        assertThat(ex.text()).contains(PARAGRAPHS.get(1) + "\n\nWhat happens next\n\nA public hearing will be held in"
                + " March.\n\nTenders will open in April.\n\nWe waited long enough for this.\n\n" + PARAGRAPHS.get(2));
    }

    @Test
    void keepsLineBreaksInsideAParagraph() {
        Extraction ex = extract(page("", "", "<p>First line of a poem,<br>second line of a poem.</p>", ""));
        assertThat(ex.text()).contains("First line of a poem,\nsecond line of a poem.");
    }

    @Test
    void readsJsonLdMetadata() {
        String head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"ignored\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Council votes to rebuild bridge\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"By John Roe\"}],"
                + "\"datePublished\":\"2024-03-05T09:30:00+01:00\",\"dateModified\":\"2024-03-06T10:00:00Z\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Eastbrook Gazette\"},"
                + "\"articleSection\":[\"Local\"],\"inLanguage\":\"en-GB\","
                + "\"mainEntityOfPage\":{\"@id\":\"https://gazette.example/2024/03/05/bridge\"}}]}</script>";
        Extraction ex = extract(page(head, "", "", ""));
        assertThat(ex.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(ex).extracting(Extraction::title, Extraction::published, Extraction::modified, Extraction::siteName,
                Extraction::section, Extraction::language).containsExactly("Council votes to rebuild bridge",
                        LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 6), "Eastbrook Gazette", "Local", "en");
        assertThat(ex.provenance()).containsEntry("title", Provenance.JSON_LD).containsEntry("authors", Provenance.JSON_LD)
                .containsEntry("published", Provenance.JSON_LD).containsEntry("modified", Provenance.JSON_LD)
                .containsEntry("siteName", Provenance.JSON_LD).containsEntry("section", Provenance.JSON_LD)
                .containsEntry("language", Provenance.HTML_LANG);
    }

    @Test
    void readsOpenGraphAndMetaTags() {
        String head = "<meta property=\"og:title\" content=\"Bridge vote | Eastbrook Gazette\">"
                + "<meta property=\"og:site_name\" content=\"Eastbrook Gazette\">"
                + "<meta property=\"article:published_time\" content=\"2023-11-19T08:00:00Z\">"
                + "<meta property=\"article:modified_time\" content=\"2023-11-20T08:00:00Z\">"
                + "<meta property=\"article:section\" content=\"Politics\">"
                + "<meta name=\"author\" content=\"By Jane Doe | Updated Nov. 20, 2023 | 4 Minute Read\">"
                + "<link rel=\"canonical\" href=\"https://gazette.example/politics/bridge-vote\">";
        Extraction ex = extract(page(head, "", "", ""));
        assertThat(ex.authors()).containsExactly("Jane Doe");
        assertThat(ex).extracting(Extraction::title, Extraction::siteName, Extraction::published, Extraction::modified,
                Extraction::section, Extraction::url).containsExactly("Bridge vote", "Eastbrook Gazette",
                        LocalDate.of(2023, 11, 19), LocalDate.of(2023, 11, 20), "Politics",
                        "https://gazette.example/politics/bridge-vote");
        assertThat(ex.provenance()).containsEntry("title", Provenance.OPEN_GRAPH).containsEntry("authors", Provenance.META)
                .containsEntry("published", Provenance.OPEN_GRAPH).containsEntry("url", Provenance.LINK);
    }

    @Test
    void fallsBackToBylineTimeElementHeadingAndUrl() {
        String html = "<html><head><title>Bridge vote - Eastbrook Gazette</title></head><body><main>"
                + "<h1>Council votes to rebuild the bridge</h1>"
                + "<p class=\"byline\">By John Roe and Mary Major, Staff Writers</p>"
                + "<p><time datetime=\"2022-07-14T12:00:00Z\">July 14, 2022</time></p>"
                + "<p>" + String.join("</p><p>", PARAGRAPHS) + "</p></main></body></html>";
        Extraction ex = extractor.extract(html.getBytes(StandardCharsets.UTF_8),
                "https://gazette.example/2022/07/14/bridge.html", TODAY);
        assertThat(ex.title()).isEqualTo("Council votes to rebuild the bridge");
        assertThat(ex.authors()).containsExactly("John Roe", "Mary Major");
        assertThat(ex.published()).isEqualTo(LocalDate.of(2022, 7, 14));
        assertThat(ex.url()).isEqualTo("https://gazette.example/2022/07/14/bridge.html");
        assertThat(ex.provenance()).containsEntry("title", Provenance.HEADING).containsEntry("authors", Provenance.BYLINE)
                .containsEntry("published", Provenance.TIME).containsEntry("url", Provenance.URL);
        assertThat(ex.text()).isEqualTo(BODY_TEXT);
    }

    @Test
    void dateFromTheUrlWhenThePageGivesNone() {
        Extraction ex = extractor.extract(page("", "", "", "").getBytes(StandardCharsets.UTF_8),
                "https://gazette.example/2021/02/03/bridge", TODAY);
        assertThat(ex.published()).isEqualTo(LocalDate.of(2021, 2, 3));
        assertThat(ex.provenance()).containsEntry("published", Provenance.URL);
    }

    @Test
    void rejectsFutureDatesAndUnsupportedOldOnes() {
        String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2031-01-01\"}"
                + "</script><meta property=\"article:published_time\" content=\"1970-01-01T00:00:00Z\">"
                + "<meta name=\"date\" content=\"2024-05-06\">";
        Extraction ex = extract(page(head, "", "", ""));
        assertThat(ex.published()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(ex.provenance()).containsEntry("published", Provenance.META);
    }

    @Test
    void acceptsAnOldDateThePageItselfShows() {
        String head = "<meta property=\"article:published_time\" content=\"1987-06-01\">";
        String inside = "<p>This report first appeared in print on 1 June 1987.</p>";
        assertThat(extract(page(head, "", inside, "")).published()).isEqualTo(LocalDate.of(1987, 6, 1));
        assertThat(extract(page(head, "", "", "")).published()).isNull();
    }

    @Test
    void toleratesBrokenMarkupAndBrokenJsonLd() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<body><div class=\"story\"><p>" + PARAGRAPHS.get(0) + "<p>" + PARAGRAPHS.get(1)
                + "</div></div><p><b>" + PARAGRAPHS.get(2) + "</p><div><p>" + PARAGRAPHS.get(3) + "</i></span>";
        Extraction ex = extract(html);
        assertThat(ex.hasArticle()).isTrue();
        for (String p : PARAGRAPHS) {
            assertThat(ex.text()).contains(p);
        }
    }

    @Test
    void sectionFrontHasNoArticle() {
        StringBuilder html = new StringBuilder("<html><head><meta property=\"og:type\" content=\"website\"></head>"
                + "<body><nav><a href=\"/\">Home</a></nav><main><h1>World news</h1>");
        String[] headlines = {"Floods close the coast road again", "New school opens in Eastbrook",
            "Ferry service to resume in June", "Council approves budget for parks", "Library extends opening hours",
            "Harbour festival draws record crowds", "Rail line to reopen after repairs", "Farmers market moves indoors"};
        for (String h : headlines) {
            html.append("<article><h2><a href=\"/news/").append(h.hashCode()).append("\">").append(h)
                    .append("</a></h2><p>A short summary of the story that continues on the next page.</p></article>");
        }
        html.append("</main></body></html>");
        Extraction ex = extract(html.toString());
        assertThat(ex.hasArticle()).isFalse();
        assertThat(ex.text()).isEmpty();
        assertThat(ex.noArticle()).isNotBlank();
    }

    @Test
    void loginPageHasNoArticle() {
        String html = "<html><head><title>Sign in</title></head><body><main><h1>Sign in to your account</h1>"
                + "<form action=\"/login\" method=\"post\"><p>Enter the e-mail address and the password you chose when"
                + " you registered with us. If you have forgotten your password, we can send you a link to reset it.</p>"
                + "<label>E-mail <input type=\"email\" name=\"email\"></label>"
                + "<label>Password <input type=\"password\" name=\"password\"></label>"
                + "<button>Sign in</button></form></main></body></html>";
        Extraction ex = extract(html);
        assertThat(ex.hasArticle()).isFalse();
        assertThat(ex.noArticle()).contains("login");
    }

    @Test
    void aPageWithNoBlockOfRunningTextGivesItsProseLikeLinesWithALowConfidence() {
        // No paragraph, no container with text of its own: the sentences sit in list items straight under <body>.
        StringBuilder html = new StringBuilder("<html><body><nav><a href=\"/\">Home</a><a href=\"/w\">World</a></nav>"
                + "<ul>");
        for (String p : PARAGRAPHS) {
            html.append("<li>").append(p).append("</li>");
        }
        html.append("<li><a href=\"/next\">Next story</a></li></ul></body></html>");
        Extraction ex = extract(html.toString());
        assertThat(ex.hasArticle()).isTrue();
        assertThat(ex.text()).isEqualTo(BODY_TEXT);
        assertThat(ex.confidence()).isEqualTo(dateline.article.html.MainText.FALLBACK_CONFIDENCE);
        assertThat(ex.warnings()).singleElement().asString().contains("no block of running text");
    }

    @Test
    void emptyPageHasNoArticle() {
        assertThat(extract("<html><body><p>Loading...</p></body></html>").hasArticle()).isFalse();
        assertThat(extract("").hasArticle()).isFalse();
    }

    @Test
    void decodesTheCharsetThePageDeclares() {
        String text = "The caf\u00e9 owner said \u201cthe bridge is our lifeline\u201d \u2014 and the na\u00efve plan"
                + " to close it for two years would ruin the businesses on both banks of the river.";
        for (String decl : List.of("<meta charset=\"windows-1252\">",
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">")) {
            String html = "<html><head>" + decl + "</head><body><article><p>" + text + "</p><p>" + BODY_TEXT
                    + "</p></article></body></html>";
            Extraction ex = extractor.extract(html.getBytes(Charset.forName("windows-1252")), "", TODAY);
            assertThat(ex.text()).as(decl).contains(text);
        }
        String latin1 = "<html><head><meta charset=\"ISO-8859-1\"></head><body><article><p>Se\u00f1or G\u00f3mez spoke"
                + " at the meeting in Eastbrook.</p><p>" + BODY_TEXT + "</p></article></body></html>";
        assertThat(extractor.extract(latin1.getBytes(StandardCharsets.ISO_8859_1), "", TODAY).text())
                .contains("Se\u00f1or G\u00f3mez");
    }

    @Test
    void leavesTheCallersDocumentUnchanged() {
        Document doc = Jsoup.parse(page("", "<nav><a href=\"/\">Home</a></nav>", "", ""));
        String before = doc.outerHtml();
        Extraction ex = extractor.extract(doc, TODAY);
        assertThat(ex.text()).isEqualTo(BODY_TEXT);
        assertThat(doc.outerHtml()).isEqualTo(before);
    }

    @Test
    void jsonLdBodyShownOnThePageWinsOverAMisplacedExtraction() {
        String other = "The Eastbrook Gazette has served the valley since the days of the railway, and its reporters"
                + " cover councils, courts, schools, farms and the sports clubs of twelve towns and villages. ";
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + String.join("\\n", PARAGRAPHS) + "\"}</script>";
        String shown = "<div class=\"related-wrapper\"><div>" + String.join("<br><br>", PARAGRAPHS) + "</div></div>";
        String about = "<div class=\"about\"><p>" + other.repeat(3) + "</p><p>" + other.repeat(3) + "</p></div>";
        Extraction ex = extract("<html><head>" + ld + "</head><body>" + shown + about + "</body></html>");
        assertThat(ex.text()).isEqualTo(BODY_TEXT);
        assertThat(ex.provenance()).containsEntry("text", Provenance.JSON_LD);

        String notShown = "<html><head>" + ld + "</head><body>" + about + "</body></html>";
        Extraction ex2 = extract(notShown);
        assertThat(ex2.text()).startsWith("The Eastbrook Gazette has served");
        assertThat(ex2.provenance()).doesNotContainKey("text");
    }

    @Test
    void survivesHostileInput() {
        String deep = "<div>".repeat(20_000) + "<p>" + BODY_TEXT + "</p>" + "</div>".repeat(20_000);
        assertThat(extract("<html><body>" + deep + "</body></html>").text()).contains(PARAGRAPHS.get(0));
        byte[] noise = new byte[50_000];
        new java.util.Random(7).nextBytes(noise);
        assertThat(extractor.extract(noise, "", TODAY).hasArticle()).isFalse();
        String once = extract(page("", "", "", "")).text();
        assertThat(extract(page("", "", "", "")).text()).isEqualTo(once);
    }

    @Test
    void joinsAnArticleSplitIntoChunksAroundAds() {
        String html = "<html><body><main><div class=\"grid\"><div class=\"chunk-body\"><p>" + PARAGRAPHS.get(0)
                + "</p><p>" + PARAGRAPHS.get(1) + "</p></div><div class=\"rail\"><div class=\"ad-slot\">Ad</div></div>"
                + "</div><div class=\"inline-promo\"><a href=\"/subscribe\">Subscribe today</a></div>"
                + "<div class=\"grid\"><div class=\"chunk-body\"><p>" + PARAGRAPHS.get(2) + "</p><p>" + PARAGRAPHS.get(3)
                + "</p></div></div></main></body></html>";
        assertThat(extract(html).text()).isEqualTo(BODY_TEXT);
    }

    @Test
    void keepsAnArticleWhoseWrapperNameSoundsLikeFurnitureAndDropsALongerCommentThread() {
        StringBuilder comments = new StringBuilder("<section class=\"comments\"><h2>Comments</h2>");
        for (int i = 0; i < 6; i++) {
            comments.append("<div class=\"comment\"><p>Reader number ").append(i).append(" writes that the bridge has been"
                    + " a danger for years, that the council ignored every letter, and that the new plan comes far too late"
                    + " for the families who lost their shops when the road was closed.</p></div>");
        }
        comments.append("</section>");
        String html = "<html><body><div class=\"story-body with-sidebar\"><p>" + String.join("</p><p>", PARAGRAPHS)
                + "</p></div>" + comments + "</body></html>";
        assertThat(extract(html).text()).isEqualTo(BODY_TEXT);
    }
}
