package dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunInHeadingsTest {
    private final RunInHeadings headings = RunInHeadings.bundled();

    private List<String> found(String text) {
        return headings.find(text).stream().map(s -> s.slice(text)).toList();
    }

    @Test
    void findsHeadingsBeforeAClauseOpener() {
        assertThat(found("The talks ended on Monday. Border tensions Since the spring, both armies have moved troops."))
                .containsExactly("Border tensions");
        assertThat(found("Prices rose again. Farmers protest Although the ministry cut fuel taxes, growers marched."))
                .containsExactly("Farmers protest");
        assertThat(found("Voting closed at six. A long count According to the commission, results are due Friday."))
                .containsExactly("A long count");
        assertThat(found("The port reopened. Ferry service resumes During the strike, no ship had sailed."))
                .containsExactly("Ferry service resumes");
        assertThat(found("It was the third such raid. Shelling kills nine Hours after the truce began, rockets hit a market."))
                .containsExactly("Shelling kills nine");
        assertThat(found("He has since left. New rules on imports Last year, the customs office doubled its checks."))
                .containsExactly("New rules on imports");
    }

    @Test
    void findsAHeadingBeforeADeterminerAndALowerCaseWord() {
        assertThat(found("The mayor resigned. Coastal erosion The eastern shore has lost ten metres."))
                .containsExactly("Coastal erosion");
        // A heading ending in a name: a determiner before a lower-case word still opens the clause.
        assertThat(found("Both sides agreed. Port Sudan The harbour stayed shut all week."))
                .containsExactly("Port Sudan");
    }

    @Test
    void findsAHeadingBeforeAQuotedSentenceAndAQuotedHeading() {
        assertThat(found("Aid is scarce, he said. Relief stalls \u201CWe have not seen a truck in a month,\u201D a nurse said."))
                .containsExactly("Relief stalls");
        assertThat(found("The exhibition closed in May. 'A lost archive' Curators found the letters in a cellar."))
                .containsExactly("'A lost archive'");
    }

    @Test
    void findsAHeadingAtTheTextStartAndAfterAParagraphBreak() {
        assertThat(found("Flood alert In the north, rivers burst their banks.")).containsExactly("Flood alert");
        assertThat(found("The rains stopped.\n\nRebuilding begins After the water fell, crews cleared roads."))
                .containsExactly("Rebuilding begins");
    }

    @Test
    void findsHeadingsBeforeIfEvenAndBetween() {
        assertThat(found("Talks resume next week. The verdict If the court upholds the ban, the party must disband."))
                .containsExactly("The verdict");
        assertThat(found("Output fell. Missing targets Even as demand grows, the mines stay shut."))
                .containsExactly("Missing targets");
        assertThat(found("Exports rose. Trade boom Between 2015 and 2020, shipments doubled."))
                .containsExactly("Trade boom");
    }

    @Test
    void inATextWithRunInHeadingsAHeadingMayStandBeforeTheAndAName() {
        String text = "The truce held. Recent clashes Since May, both sides have traded fire. "
                + "Old rivalry The United Nations has tried to mediate for years. "
                + "Aid convoys A Red Cross team reached the town on Friday. "
                + "He told The Associated Press that more help was needed. "
                + "The newspaper The Guardian reported the talks. "
                + "Officials joined The Hague talks.";
        assertThat(found(text)).containsExactly("Recent clashes", "Old rivalry", "Aid convoys");
        // Without a heading the strict rules find, "The" and a name after a short span is left alone.
        assertThat(found("The truce held. Old rivalry The United Nations has tried to mediate for years.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // A name going on with a capitalised preposition, a surname that is a time word, a title before a name.
        "The agency said so. Reporters Without Borders condemned the arrest.",
        "Shares fell. Bank chief Anna Weeks said the loss was small.",
        "Rain fell. Security analyst Kabiru Adamu welcomed the move.",
        // "The" before a name, after a verb or a noun.
        "The deal is close. He told The Associated Press it would be signed.",
        "The deal is close. The newspaper The Guardian reported the terms.",
        // Ordinary sentence starts that look like a short span and a capital.
        "Of course I disagree with the ruling.",
        "The market rallied. So now ECOWAS will have to decide.",
        "It rained. Even though Houston flooded, the game went on.",
        "If you are China and you release him, his influence grows.",
        "Plan A is to wait. Plan B is to leave.",
        // Quotes: a quoted name, a verb of speech before a quoted sentence, a preposition opening the sentence.
        "The vote was close. The environmental \"Greens\" doubled their seats.",
        "The rules changed. Smith defended them saying \"We have to steer a careful course here.\"",
        "Oil rose. In an article headlined \"Gulf producers say output will stay flat\" the paper said so.",
        // Initials and acronyms end no sentence: a nickname after them, a name after "U.S.".
        "The chairman, C. J. \"Pete\" Silas said the shares rose.",
        "He told the U.S. Chamber of Commerce \"Demands that Korea open its markets are unfair.\"",
        // Words not one space apart, punctuation inside the span, a dash.
        "The talks failed. Border tensions  Since the spring, troops moved.",
        "The talks failed. Border tensions, Since the spring, troops moved.",
        "NEW YORK - After a volatile week, stocks rose.",
        // Class names and the like.
        "Qtly div Class A 27 cts vs 26 cts prior.",
        "The paper USA Today said it sold more copies.",
    })
    void leavesOrdinarySentencesWhole(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void anArticleBlanksTheHeadingAndKeepsItsOffsets() throws Exception {
        TextArticles texts = new TextArticles(Agencies.bundled());
        String raw = "The army left the town on Sunday. Recent attacks Since January, the group has struck twelve times.";
        Article a = texts.read("x", raw, new ArticleOptions(null, LocalDate.of(2026, 1, 1)));
        assertThat(a.text()).isEqualTo(raw);
        assertThat(a.boilerplate()).extracting(a::slice).containsExactly("Recent attacks");
        assertThat(a.annotatableText()).hasSameSizeAs(raw).doesNotContain("Recent attacks")
                .contains("Since January, the group has struck twelve times.");
    }
}
