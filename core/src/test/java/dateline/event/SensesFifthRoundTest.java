package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verbs in a non-political sense and codebook roots the imported patterns miss ({@code senses.txt}, "Issue 15,
 * fifth round"): attending school, determining that something is so, dealing with a problem, helping a trade grow,
 * closing camps, facing a threat and a court ordering a retrial code no event of the imported root; attending
 * talks, helping a party, closing a border, troops leaving their camps, troops sent into a country and stressing a
 * party's abuses code the codebook's act. Every sentence is written for this test.
 */
class SensesFifthRoundTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("senses-fifth-round", """
            A Kenyan nurse attending university in Germany said the fees had doubled.
            A Peruvian student attending college in Spain said the rent had risen.
            Prime Minister Modi attended the funeral of the Japanese leader.
            The Ugandan minister attended talks with Rwanda in Kigali.
            The U.N. panel has determined that the detention of the activist is arbitrary.
            The Ugandan army will deal with the crisis on its own.
            Ghana dealt with the influx of refugees from Burkina Faso.
            Nigeria refuses to deal with the rebels.
            Uganda wants to close the camps near the border by next year.
            Tanzania closed the refugee camps in the west last year.
            Tanzania closed its border with Burundi.
            The militia troops abandoned their camps near Goma.
            The Sudanese army quit the market town after the ceasefire.
            An analyst said the reforms were welcome but argued that Brussels needs to act.
            Germany is pressing Congress to act on the aid bill.
            Chinese traders helped fuel the growth of the market in Lagos.
            Japan helped the Philippines after the typhoon.
            The United States helps the Somali army with training.
            Norway spent millions on helping to resettle refugees from Syria.
            Taiwan faces a growing threat from China.
            Estonia faces threats from Russia along its border.
            A Kenyan appeals court overturned the verdict and ordered a new trial.
            The Supreme Court of Malawi ordered a retrial of the former minister.
            Japan donated rice to Laos in May, according to the state news agency.
            Italy gave tents to Albania after the earthquake, according to a news report.
            Ethiopia sent troops into Somalia to fight al-Shabab in 2006.
            Rwanda sent soldiers into Congo in 1998.
            France sent soldiers to Estonia for a joint exercise.
            The senator highlighted Iran's violation of human rights at the hearing.
            The Dutch minister stressed Belarus's abuses against opposition activists.
            The Chilean foreign minister stressed Peru's violations of the fishing accord.
            """);

    /** The verb in its ordinary sense codes nothing of the root the imported pattern gave it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            attending university is no visit (ATTEND 042:043) | A Kenyan nurse attending university in Germany said the fees had doubled. | 04
            attending college is no visit (ATTEND 042:043) | A Peruvian student attending college in Spain said the rent had risen. | 04
            determining that something is so promises nothing (DETERMINE 030) | The U.N. panel has determined that the detention of the activist is arbitrary. | 03
            dealing with a crisis is no bargain (DEAL 050, 032 in the future) | The Ugandan army will deal with the crisis on its own. | 03
            dealing with an influx is no bargain (DEAL 050) | Ghana dealt with the influx of refugees from Burkina Faso. | 05
            closing refugee camps is no military retreat (QUIT CAMP 0874) | Uganda wants to close the camps near the border by next year. | 0356
            closing camps near a border is no blockade (CLOSE BORDER 191, 172) | Uganda wants to close the camps near the border by next year. | 13
            wanting camps closed is no arrest (DEMAND &DETENTION 173) | Uganda wants to close the camps near the border by next year. | 17
            closing refugee camps is no military retreat (QUIT CAMP 0874) | Tanzania closed the refugee camps in the west last year. | 087
            abandoning camps cuts no relations (EVACUATE CAMP 160) | The militia troops abandoned their camps near Goma. | 16
            leaving a town after a ceasefire violates none (CALL OFF &CEASEFIRE 196) | The Sudanese army quit the market town after the ceasefire. | 196
            another's need to act is no refusal (TO ACT 124) | An analyst said the reforms were welcome but argued that Brussels needs to act. | 12
            pressing a party to act is no refusal (TO ACT 124) | Germany is pressing Congress to act on the aid bill. | 12
            helping a trade grow aids no one (HELP 070) | Chinese traders helped fuel the growth of the market in Lagos. | 07
            facing a threat is no threat made (FACE THREAT :130) | Taiwan faces a growing threat from China. | 13
            facing threats is no threat made (FACE THREAT :130) | Estonia faces threats from Russia along its border. | 13
            a court ordering a new trial makes no demand (ORDER 100) | A Kenyan appeals court overturned the verdict and ordered a new trial. | 10
            a court ordering a retrial makes no demand nor extradition (ORDER 100, 063) | The Supreme Court of Malawi ordered a retrial of the former minister. | 06
            a donation attributed to a news agency is no statement (GIVE &INFORMATION 010) | Japan donated rice to Laos in May, according to the state news agency. | 010
            a gift attributed to a news report is no statement (ISSUE REPORT 010) | Italy gave tents to Albania after the earthquake, according to a news report. | 010
            troops sent into a country are no military cooperation (SEND &MILITARY 062) | Ethiopia sent troops into Somalia to fight al-Shabab in 2006. | 06
            soldiers sent into a country are no military cooperation (SEND &MILITARY 062) | Rwanda sent soldiers into Congo in 1998. | 06
            stressing a party's abuses is no mere disapproval (110) | The Dutch minister stressed Belarus's abuses against opposition activists. | 110
            """)
    void theOrdinarySenseCodesNothingOfThatRoot(String rule, String sentence, String codePrefix) {
        assertThat(coded.events(sentence)).noneMatch(e -> e.startsWith(codePrefix));
    }

    /** The verb with the argument that makes it the codebook's act still codes, or now codes the codebook's root. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            attending a funeral is a symbolic act (017) | Prime Minister Modi attended the funeral of the Japanese leader. | 017 INDGOV>-
            attending talks with a party is a visit (042) | The Ugandan minister attended talks with Rwanda in Kigali. | 042 UGAGOV>RWA
            refusing to deal with a party is a rejection (12) | Nigeria refuses to deal with the rebels. | 12 NGA>
            closing a border on a neighbour restricts it (172) | Tanzania closed its border with Burundi. | 172 TZA>BDI
            troops leaving their camps retreat (0874: "pulling out armed forces") | The militia troops abandoned their camps near Goma. | 0874 ---MIL>-
            pressing a party to act is an appeal (02) | Germany is pressing Congress to act on the aid bill. | 02 DEU>
            helping a country is aid (070) | Japan helped the Philippines after the typhoon. | 070 JPN>PHL
            helping an army is aid (070) | The United States helps the Somali army with training. | 070 USA>SOMMIL
            helping refugees is aid (070) | Norway spent millions on helping to resettle refugees from Syria. | 070 NOR>
            a donation is aid (07) | Japan donated rice to Laos in May, according to the state news agency. | 07 JPN>LAO
            troops sent into a country to fight use force (19) | Ethiopia sent troops into Somalia to fight al-Shabab in 2006. | 190 ETH>SOM
            soldiers sent into a country use force (19) | Rwanda sent soldiers into Congo in 1998. | 190 RWA>COG
            soldiers sent to a partner for an exercise cooperate militarily (062) | France sent soldiers to Estonia for a joint exercise. | 062 FRA>
            highlighting a party's human rights violations accuses it of them (1122) | The senator highlighted Iran's violation of human rights at the hearing. | 1122 ---LEG>IRN
            stressing a party's abuses accuses it (112) | The Dutch minister stressed Belarus's abuses against opposition activists. | 112 NLDGOV>BLR
            stressing a party's violations of an accord accuses it (112) | The Chilean foreign minister stressed Peru's violations of the fishing accord. | 112 CHLGOV>PER
            """)
    void theCodebookSenseCodes(String rule, String sentence, String expected) {
        String[] parts = expected.split(" ");
        assertThat(coded.events(sentence))
                .anyMatch(e -> e.startsWith(parts[0]) && e.substring(e.indexOf(' ') + 1).startsWith(parts[1]));
    }
}
