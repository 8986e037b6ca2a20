package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The general rules written in issue 15's fourth round for the team table ({@link AboutWhom}, {@link
 * ContextSubcodes}, {@link NotDone}, plural demonyms, the fourth-round block of codebook-verbs.txt), on sentences written for these tests in other
 * words than the table's rows: each rule must code a sentence of its CAMEO code it was not written from. With the
 * bundled dictionaries and the real actor stage.
 */
class TeamTableRulesTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("team-table-rules", """
            Egypt condemned the desecration of a mosque in Denmark.
            The European Union condemned the killing of protesters in Iran.
            The United Nations opened an investigation into abuses in Eritrea.
            Japan pledged 20 million dollars in emergency aid to Nepal.
            Germany pledged 50 million euros in reconstruction aid to Libya.
            The Philippine coast guard seized a fishing boat owned by China.
            Ethiopian troops withdrew from Baidoa, a town in southern Somalia.
            Kenyan troops withdrew from Kismayo, a port in southern Somalia.
            Algeria mediated in Mali's peace process.
            Kuwait has been mediating in Yemen's civil war.
            China invested heavily in Zambia's copper mines.
            Kenya offered to mediate in Ethiopia's border dispute.
            Nurses in Ghana threatened to walk out unless the Ghanaian government paid their arrears.
            Iran threatened to cut off oil supplies unless the European Union lifted sanctions.
            Serbia and Kosovo resumed talks in Brussels.
            Chinese Foreign Minister Wang Yi met Antony Blinken in Bali.
            Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Tehran.
            French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin.
            Pakistani militants tried to assassinate the Pakistani prime minister.
            Somali insurgents attempted to assassinate the Somali president.
            The IMF approved a 3 billion dollar credit for Egypt.
            Germany authorised the export of tanks to Ukraine.
            Haiti appealed to the United Nations for peacekeepers.
            Mozambique asked Rwanda for troops.
            Russia threatened to attack Ukraine with nuclear weapons.
            North Korea threatened to hit Japan with atomic bombs.
            Iran seized a Greek tanker in the Gulf.
            Belgian police were put on high alert after the bombing.
            Italian police were put on high alert ahead of the summit.
            Germany turned down Poland's request for tanks.
            Brazil turned down the American offer.
            China rejected Australia's criticism.
            Poland dismissed the European Commission's remarks.
            Spain is cooperating with Morocco on migration.
            Kenya cooperated with Uganda on trade.
            Japan cooperates with India on defence.
            Turkey demanded an explanation from Greece.
            Poland demanded answers from Belarus.
            Hamas walked away from the talks with Israel.
            Iran threatened to pull out of the negotiations with the European Union.
            Qatar ended its role as a mediator between Israel and Hamas.
            Belarusian police detained a Polish journalist.
            Iranian authorities arrested a French reporter.
            Rwandan soldiers arrived in the Central African Republic on a peacekeeping mission.
            Kenyan police landed in Haiti for a security mission.
            The Dutch government shelved its farm emissions plan after months of protests by farmers.
            The Serbian government withdrew its mining law under pressure from protesters.
            Chinese navy vessels harassed a fishing boat from Vietnam.
            Russian warships intimidated a cargo ship from Ukraine.
            Russia vetoed a UN resolution condemning its invasion of Ukraine.
            China blocked a Security Council statement criticising Myanmar.
            The United Nations adopted a resolution calling for a ceasefire in Yemen.
            The Greek prime minister said he was hopeful about the prospects for a deal with Turkey.
            Thousands of Kenyans marched against the new tax law.
            Hundreds of Nigerians protested against the fuel price increase.
            Turkey halted its mediation in the Ukraine war.
            Egypt rejected any foreign interference in Libya.
            Vietnam condemned the military drills in the South China Sea.
            Seoul criticised the naval patrols in the Sea of Japan.
            """);

    /** The sentence gives this event (code, source and target; "-" for none) among its events. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            the place of the object is whose it is | Egypt condemned the desecration of a mosque in Denmark. | 111 EGY>DNK
            the place of the object's phrase | The European Union condemned the killing of protesters in Iran. | 111 IGOEUREEC>IRNOPP
            the place of the verb's target phrase | The United Nations opened an investigation into abuses in Eritrea. | 092 IGOUNO>ERI
            the recipient under the amount's aid word | Japan pledged 20 million dollars in emergency aid to Nepal. | 033 JPN>NPL
            the recipient of pledged reconstruction aid | Germany pledged 50 million euros in reconstruction aid to Libya. | 033 DEU>LBY
            the owner of a thing seized, by-phrase of a participle | The Philippine coast guard seized a fishing boat owned by China. | 1711 PHLMIL>CHN
            the place of a town named in apposition | Ethiopian troops withdrew from Baidoa, a town in southern Somalia. | 0874 ETHMIL>SOM
            the place of a port named in apposition | Kenyan troops withdrew from Kismayo, a port in southern Somalia. | 0874 KENMIL>SOM
            the owner of the matter mediated in | Algeria mediated in Mali's peace process. | 045 DZA>MLI
            the owner of the war mediated in | Kuwait has been mediating in Yemen's civil war. | 045 KWT>YEM
            the owner of what is invested in | China invested heavily in Zambia's copper mines. | 061 CHN>ZMB
            an offer to mediate in a party's dispute | Kenya offered to mediate in Ethiopia's border dispute. | 039 KEN>ETH
            the subject of an unless condition is threatened | Nurses in Ghana threatened to walk out unless the Ghanaian government paid their arrears. | 130 GHAHLH>GHAGOV
            the subject of an unless condition, with a topic | Iran threatened to cut off oil supplies unless the European Union lifted sanctions. | 1311 IRN>IGOEUREEC
            talks in a third city are not with its country | Serbia and Kosovo resumed talks in Brussels. | 046 SRB>KSV
            a meeting in a third country is 044 | Chinese Foreign Minister Wang Yi met Antony Blinken in Bali. | 044 CHNGOV>USA
            a meeting in a third capital is 044 | Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Tehran. | 044 RUSGOV>TURGOV
            an attempt to assassinate is 185 | Pakistani militants tried to assassinate the Pakistani prime minister. | 185 PAKUAF>PAKGOV
            an attempted assassination is 185 | Somali insurgents attempted to assassinate the Somali president. | 185 SOMREB>SOMGOV
            approving a credit extends economic aid | The IMF approved a 3 billion dollar credit for Egypt. | 071 IGOBUSIMF>EGY
            authorising an arms export provides military aid | Germany authorised the export of tanks to Ukraine. | 072 DEU>UKR
            an appeal for peacekeepers | Haiti appealed to the United Nations for peacekeepers. | 0234 HTI>IGOUNO
            asking a party for troops | Mozambique asked Rwanda for troops. | 0234 MOZ>RWA
            a threat of a nuclear attack is 1385 | Russia threatened to attack Ukraine with nuclear weapons. | 1385 RUS>UKR
            a threat with atomic bombs is 1385 | North Korea threatened to hit Japan with atomic bombs. | 1385 PRK>JPN
            seizing a tanker confiscates property | Iran seized a Greek tanker in the Gulf. | 1711 IRN>GRCBUS
            police put on high alert, passive | Belgian police were put on high alert after the bombing. | 151 BELCOP>-
            police put on high alert ahead of an event | Italian police were put on high alert ahead of the summit. | 151 ITACOP>-
            turning down a request for arms is 1222 | Germany turned down Poland's request for tanks. | 1222 DEU>POL
            rejecting criticism is 120 | China rejected Australia's criticism. | 120 CHN>AUS
            dismissing remarks is 120 | Poland dismissed the European Commission's remarks. | 120 POL>IGOEUREEC
            cooperating on migration is material cooperation | Spain is cooperating with Morocco on migration. | 060 ESP>MAR
            cooperating on trade is economic cooperation | Kenya cooperated with Uganda on trade. | 061 KEN>UGA
            cooperating on defence is military cooperation | Japan cooperates with India on defence. | 062 JPN>IND
            demanding an explanation is a demand | Turkey demanded an explanation from Greece. | 100 TUR>GRC
            demanding answers is a demand | Poland demanded answers from Belarus. | 100 POL>BLR
            walking away from talks halts negotiations | Hamas walked away from the talks with Israel. | 164 PSEREBHMS>ISR
            a threat to pull out of negotiations is 134 | Iran threatened to pull out of the negotiations with the European Union. | 134 IRN>IGOEUREEC
            detaining a journalist is an arrest | Belarusian police detained a Polish journalist. | 173 BLRCOP>POLMED
            arresting a reporter is an arrest | Iranian authorities arrested a French reporter. | 173 IRNGOV>FRAMED
            troops arriving on a peacekeeping mission | Rwandan soldiers arrived in the Central African Republic on a peacekeeping mission. | 074 RWAMIL>CAF
            police landing for a security mission | Kenyan police landed in Haiti for a security mission. | 074 KENCOP>HTI
            navy vessels harassing a boat coerce | Chinese navy vessels harassed a fishing boat from Vietnam. | 170 CHNMIL>VNM
            warships intimidating a ship coerce | Russian warships intimidated a cargo ship from Ukraine. | 170 RUSMIL>UKRBUS
            vetoing a resolution is 129 | Russia vetoed a UN resolution condemning its invasion of Ukraine. | 129 RUS>IGOUNO
            an adopted resolution still calls for what it says | The United Nations adopted a resolution calling for a ceasefire in Yemen. | 020 IGOUNO>YEM
            the party of an event named as a prospect | The Greek prime minister said he was hopeful about the prospects for a deal with Turkey. | 013 GRCGOV>TUR
            """)
    void theSentenceGivesTheEvent(String rule, String sentence, String event) {
        assertThat(coded.events(sentence)).contains(event);
    }

    /** Rules whose code and source are the point: the target is none, or a party the rule must not invent. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a meeting in one party's capital stays 040 | French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin. | 040 FRAGOV>
            turning down an offer is a rejection | Brazil turned down the American offer. | 120 BRA>
            ending a role as mediator halts mediation | Qatar ended its role as a mediator between Israel and Hamas. | 165 QAT>
            shelving a plan after protests accedes to a policy demand | The Dutch government shelved its farm emissions plan after months of protests by farmers. | 0832 NLDGOV>
            withdrawing a law under pressure accedes to a policy demand | The Serbian government withdrew its mining law under pressure from protesters. | 0832 SRBGOV>
            a plural demonym names the country's people | Thousands of Kenyans marched against the new tax law. | 1412 KEN>
            another plural demonym | Hundreds of Nigerians protested against the fuel price increase. | 1412 NGA>
            a war named after a country is no place | Turkey halted its mediation in the Ukraine war. | 165 TUR>-
            """)
    void theSentenceGivesTheCodeFromTheSource(String rule, String sentence, String codeAndSource) {
        assertThat(coded.events(sentence)).anyMatch(e -> e.startsWith(codeAndSource));
    }

    /** What the rules must not do: a gathering's place is no party, nor is a city of one of the parties. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            talks in Brussels are not with Belgium | Serbia and Kosovo resumed talks in Brussels. | BEL
            a meeting in Berlin is not 044 | French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin. | 044
            a vetoed resolution condemns nothing | Russia vetoed a UN resolution condemning its invasion of Ukraine. | 111
            a blocked statement criticises nothing | China blocked a Security Council statement criticising Myanmar. | MMR
            a deal named as a prospect is not signed | The Greek prime minister said he was hopeful about the prospects for a deal with Turkey. | 057
            the war in Ukraine is not a place of mediation | Turkey halted its mediation in the Ukraine war. | UKR
            foreign interference in a country is not done by it | Egypt rejected any foreign interference in Libya. | LBY
            a sea named after a country is no party | Vietnam condemned the military drills in the South China Sea. | CHN
            nor is a sea named "of" a country | Seoul criticised the naval patrols in the Sea of Japan. | JPN
            """)
    void theSentenceDoesNotGive(String rule, String sentence, String absent) {
        assertThat(coded.events(sentence)).noneMatch(e -> e.contains(absent));
    }
}
