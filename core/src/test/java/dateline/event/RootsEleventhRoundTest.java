package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Codebook roots for acts the eighth and ninth VOA audits and the eleventh round's own VOA sample found under another
 * root or in another sense of the verb ({@code senses.txt}, "Issue 15, eleventh round: roots10",
 * {@link AnnouncedDecision}, {@link ObligationClause}, {@link WarningWithoutThreat}): an announced cut of aid is the
 * cut (16x), not a threat; tear gas, rubber bullets and stun grenades fired at protesters are violent repression
 * (175); a court ordering someone to prison detains them (173); an honour conferred commends (051); returning fire
 * is force (190); a plan proposed for aid offers it (033); seeking aid appeals for it (023) and seeking a job is no
 * event; "X must understand that" and a duty the speaker shares ("we and our allies must") are no demand; "in return
 * for" demands no release; a warning whose clause the parser hangs elsewhere, with no harm named, is no threat.
 * Every sentence is written for this test.
 */
class RootsEleventhRoundTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("roots-eleventh-round", """
            Britain announced on Tuesday that it would end military assistance to the Nigerien junta.
            The Dutch government announced that it would suspend development aid to Mali after the coup.
            Washington threatened to cut military aid to Egypt if the crackdown continued.
            The Kenyan minister said Nairobi would cut ties with Somalia if the attacks went on.
            Turkish riot police fired rubber bullets at Kurdish demonstrators in Diyarbakir.
            Indonesian police shot tear gas at students protesting outside parliament.
            Serbian police sprayed pepper spray on opposition protesters in Belgrade.
            Police in Lagos lobbed stun grenades into a crowd of Nigerian activists.
            Ukrainian troops fired artillery at Russian positions near Bakhmut.
            A Pakistani court ordered the opposition leader back to jail.
            A judge in Ankara ordered the Kurdish politician to prison pending trial.
            A Ugandan magistrate remanded the opposition leader in custody until next week.
            The Russian judge ordered the release of the American journalist.
            The Egyptian court ordered Israel to pay compensation.
            France awarded its highest honor to the Senegalese president on Friday.
            The Japanese emperor bestowed a medal on the Brazilian foreign minister.
            The Kenyan president conferred the country's highest honour on the Ghanaian president.
            The French president conferred with the German chancellor by phone.
            Kenyan soldiers returned fire after Shabab militants attacked their base.
            Afghan border guards returned fire on Pakistani troops.
            Greece returned the stolen statues to Italy.
            The World Bank proposed a $2 billion package of loans for supporting Ghana.
            Washington proposed a plan for military aid to Taiwan.
            "Iran must understand that its nuclear programme will be stopped," the Israeli prime minister said.
            The Saudi minister said Qatar must realize that its policies isolate it.
            "Japan and our partners must invest more in Africa," the Japanese minister said.
            "Our allies must spend more on defense," the Polish president said.
            The German chancellor said Russia must withdraw its troops from Ukraine.
            Colombia sought military assistance from the United States against drug cartels.
            Sri Lanka is seeking economic aid from India to overcome its debt crisis.
            Many young Nigerians are seeking employment abroad.
            Kidnappers seeking ransoms abducted dozens of Kenyan students.
            Iran demanded the release of its diplomats in return for the prisoners.
            Kenyan health officials warn it is far too late to stop the outbreak.
            The Chilean minister cautioned the new tax should not hurt small farmers.
            Iran warned the move would bring a harsh response.
            The Kenyan government is warning it may close the border with Somalia.
            Kenya urged Uganda to open its border in return for access to the port of Mombasa.
            """);

    /** The act in its other sense, or under the wrong root, codes nothing of that root. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            an announced end of military aid is no threat (13) | Britain announced on Tuesday that it would end military assistance to the Nigerien junta. | 13
            an announced suspension of aid is no threat (13) | The Dutch government announced that it would suspend development aid to Mali after the coup. | 13
            rubber bullets at demonstrators are no fighting with small arms (19) | Turkish riot police fired rubber bullets at Kurdish demonstrators in Diyarbakir. | 19
            tear gas at students is no use of force (19) | Indonesian police shot tear gas at students protesting outside parliament. | 19
            pepper spray on protesters is no assault (18) | Serbian police sprayed pepper spray on opposition protesters in Belgrade. | 18
            stun grenades into a crowd are no fighting (19) | Police in Lagos lobbed stun grenades into a crowd of Nigerian activists. | 19
            a court ordering someone back to jail makes no demand (10) | A Pakistani court ordered the opposition leader back to jail. | 10
            a judge ordering someone to prison makes no demand (10) | A judge in Ankara ordered the Kurdish politician to prison pending trial. | 10
            an honour awarded is no consultation (04) | France awarded its highest honor to the Senegalese president on Friday. | 04
            an honour conferred is no consultation (04) | The Kenyan president conferred the country's highest honour on the Ghanaian president. | 04
            fire returned returns nothing (08) | Kenyan soldiers returned fire after Shabab militants attacked their base. | 08
            fire returned on troops returns nothing (08) | Afghan border guards returned fire on Pakistani troops. | 08
            a package of loans proposed is no appeal to settle (02) | The World Bank proposed a $2 billion package of loans for supporting Ghana. | 02
            a plan for military aid proposed is no appeal to settle (02) | Washington proposed a plan for military aid to Taiwan. | 02
            "must understand that" is no demand (10) | `"Iran must understand that its nuclear programme will be stopped," the Israeli prime minister said.` | 10
            "must realize that" is no demand (10) | The Saudi minister said Qatar must realize that its policies isolate it. | 10
            a duty shared with "our partners" is no demand (10) | `"Japan and our partners must invest more in Africa," the Japanese minister said.` | 10
            a duty of "our allies" is no demand (10) | `"Our allies must spend more on defense," the Polish president said.` | 10
            seeking employment is no intent (03) | Many young Nigerians are seeking employment abroad. | 03
            seeking ransoms is no intent (03) | Kidnappers seeking ransoms abducted dozens of Kenyan students. | 03
            "in return for" demands no release (10) | Kenya urged Uganda to open its border in return for access to the port of Mombasa. | 105
            a warning that it is too late is no threat (13) | Kenyan health officials warn it is far too late to stop the outbreak. | 13
            cautioning that a tax should not hurt is no threat (13) | The Chilean minister cautioned the new tax should not hurt small farmers. | 13
            """)
    void theOtherSenseCodesNothingOfThatRoot(String rule, String sentence, String codePrefix) {
        assertThat(coded.events(sentence)).noneMatch(e -> e.startsWith(codePrefix));
    }

    /** The act with the arguments that make it the codebook's act codes it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            an announced end of military assistance cuts military aid (1622) | Britain announced on Tuesday that it would end military assistance to the Nigerien junta. | 1622 GBR>NERGOV
            an announced suspension of development aid cuts economic aid (1621) | The Dutch government announced that it would suspend development aid to Mali after the coup. | 1621 NLDGOV>MLI
            a threat to cut aid stays a threat (1311) | Washington threatened to cut military aid to Egypt if the crackdown continued. | 131 USA>EGY
            ties to be cut on a condition are a threat (13) | The Kenyan minister said Nairobi would cut ties with Somalia if the attacks went on. | 13 KEN>SOM
            rubber bullets at demonstrators are repression (175) | Turkish riot police fired rubber bullets at Kurdish demonstrators in Diyarbakir. | 175 TURCOP>TUROPP
            tear gas at students is repression (175) | Indonesian police shot tear gas at students protesting outside parliament. | 175 IDNCOP>
            pepper spray on protesters is repression (175) | Serbian police sprayed pepper spray on opposition protesters in Belgrade. | 175 SRBCOP>SRBOPP
            stun grenades into a crowd are repression (175) | Police in Lagos lobbed stun grenades into a crowd of Nigerian activists. | 175 NGACOP>NGAOPP
            artillery fired at positions is force (19) | Ukrainian troops fired artillery at Russian positions near Bakhmut. | 19 UKRMIL>
            a court ordering someone back to jail detains (173) | A Pakistani court ordered the opposition leader back to jail. | 173 PAKJUD>
            a judge ordering someone to prison detains (173) | A judge in Ankara ordered the Kurdish politician to prison pending trial. | 173 TURJUD>
            a magistrate remanding someone in custody detains (173) | A Ugandan magistrate remanded the opposition leader in custody until next week. | 173 UGAJUD>
            a judge ordering a release releases (0841) | The Russian judge ordered the release of the American journalist. | 0841 RUSJUD>USAMED
            a court ordering a country to pay demands (10) | The Egyptian court ordered Israel to pay compensation. | 10 EGYJUD>ISR
            an honour awarded commends (051) | France awarded its highest honor to the Senegalese president on Friday. | 051 FRA>SENGOV
            a medal bestowed commends (051) | The Japanese emperor bestowed a medal on the Brazilian foreign minister. | 051 JPNGOV>BRAGOV
            an honour conferred commends (051) | The Kenyan president conferred the country's highest honour on the Ghanaian president. | 051 KENGOV>GHAGOV
            conferring with a chancellor is consultation (040) | The French president conferred with the German chancellor by phone. | 040 FRAGOV>DEUGOV
            fire returned is force (190) | Kenyan soldiers returned fire after Shabab militants attacked their base. | 190 KENMIL>
            fire returned on troops is force (190) | Afghan border guards returned fire on Pakistani troops. | 190 AFGMIL>PAKMIL
            statues returned are returned (084) | Greece returned the stolen statues to Italy. | 084 GRC>ITA
            a package of loans proposed offers aid (033) | The World Bank proposed a $2 billion package of loans for supporting Ghana. | 033 IGOUNODEVWBK>GHA
            a plan for military aid proposed offers military aid (0332) | Washington proposed a plan for military aid to Taiwan. | 0332 USA>TWN
            a duty laid on another country is a demand (10) | The German chancellor said Russia must withdraw its troops from Ukraine. | 10 DEUGOV>RUS
            military assistance sought is an appeal for military aid (0232) | Colombia sought military assistance from the United States against drug cartels. | 0232 COL>USA
            economic aid sought is an appeal for economic aid (0231) | Sri Lanka is seeking economic aid from India to overcome its debt crisis. | 0231 LKA>IND
            a warning of one's own response is a threat (13) | Iran warned the move would bring a harsh response. | 13 IRN>
            a warning that it may close a border is a threat (13) | The Kenyan government is warning it may close the border with Somalia. | 13 KENGOV>
            an appeal "in return for" is still an appeal (02) | Kenya urged Uganda to open its border in return for access to the port of Mombasa. | 02 KEN>UGA
            a release demanded "in return for" is still a demand (1053) | Iran demanded the release of its diplomats in return for the prisoners. | 1053 IRN>
            """)
    void theCodebookSenseCodes(String rule, String sentence, String expected) {
        String[] parts = expected.split(" ");
        assertThat(coded.events(sentence))
                .anyMatch(e -> e.startsWith(parts[0]) && e.substring(e.indexOf(' ') + 1).startsWith(parts[1]));
    }
}
