package dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTest {
    private final DatelineParser parser = new DatelineParser(Agencies.bundled());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tehran (IP) - Iran said.|Tehran|IP|Iran Press|Iran said.
            WASHINGTON (AP) — The Senate voted.|Washington|AP|Associated Press|The Senate voted.
            BAGHDAD, Jan 5 (Reuters) - Iraq said.|Baghdad|Reuters|Reuters|Iraq said.
            Tehran, IRNA -- Iran's foreign minister said.|Tehran|IRNA|Islamic Republic News Agency|Iran's foreign minister said.
            BEIRUT, Lebanon (AP) — Protesters gathered.|Beirut|AP|Associated Press|Protesters gathered.
            New Delhi [India], Jan 5 (ANI): India said.|New Delhi|ANI|Asian News International|India said.
            MOSCOW, May 5. /TASS/. Russia said.|Moscow|TASS|TASS|Russia said.
            UNITED NATIONS (AP) -- The council met.|United Nations|AP|Associated Press|The council met.
            DUBAI, Sept 20 (WAM) -- The UAE said.|Dubai|WAM|Emirates News Agency|The UAE said.
            ANKARA (AA) - Turkey said.|Ankara|AA|Anadolu Agency|Turkey said.
            PARIS, March 3 (AFP) – France said.|Paris|AFP|Agence France-Presse|France said.
            Kabul, Afghanistan, Jan 5 (Xinhua) -- Talks began.|Kabul|Xinhua|Xinhua News Agency|Talks began.
            Beijing, 5 January 2021 (Xinhua) - China said.|Beijing|Xinhua|Xinhua News Agency|China said.
            """)
    void parsesAgencyDatelines(String text, String place, String code, String agency, String rest) {
        Dateline d = parser.parse(text).orElseThrow();
        assertThat(d.place()).isEqualTo(place);
        assertThat(d.agencyCode()).isEqualTo(code);
        assertThat(d.agency()).isNotNull();
        assertThat(d.agency().name()).isEqualTo(agency);
        assertThat(text.substring(d.span().end())).isEqualTo(rest);
        assertThat(d.placeSpan().slice(text)).isEqualToIgnoringCase(place);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WASHINGTON — The Senate voted.", "SALVADOR, Feb 26 - Showers continued."})
    void acceptsShoutedOrDatedPlaceWithoutAgency(String text) {
        Dateline d = parser.parse(text).orElseThrow();
        assertThat(d.agency()).isNull();
        assertThat(d.place()).isIn("Washington", "Salvador");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Iran - the country with the largest reserves - said.",
        "Emphasizing that security is a concern, the president spoke.",
        "The talks: what we know.",
        "Hassan Rouhani said on Saturday that Iran opposes interference.",
        "",
    })
    void rejectsOpeningsThatAreNotDatelines(String text) {
        assertThat(parser.parse(text)).isEmpty();
    }
}
