package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Imported patterns met in another sense and codebook roots for acts coded under another root ({@code senses.txt},
 * "Issue 15, sixth round: codes", and the attempted killing in {@link ContextSubcodes}): a fight named beside a
 * dispute, a form that challenges efforts, a campaign targeting a drug, a fear of attack, a gray area occupied, a
 * conviction overturned, a name given with "call", a truce mentioned beside "said" code nothing of the imported
 * root; a conviction overturned, an attempt to kill one prominent person, intensified attacks, a commitment expressed, a petition
 * contesting validity, house arrest granted and details withheld code the codebook's act. Every sentence is
 * written for this test.
 */
class SensesSixthRoundTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("senses-sixth-round", """
            Vietnam and Malaysia have been disputing fishing rights in the gulf, a fight joined by Thailand.
            Students in Manila protested the fighting in Mindanao.
            The EU's online visa form, which had to be filled in twice, challenged everyone's efforts to travel.
            Germany's new tax rules challenged every farmer's efforts to export.
            The Mexican government's plan targeting cocaine was launched in May.
            Kenyan police targeted opposition supporters with tear gas.
            Farmers in Mali still avoid going into the hills for fear of attack.
            The rebels continued attacks on army posts in Darfur.
            The Italian navy continued to attack Libyan smugglers.
            The Indian settlers occupied a gray area under colonial law.
            The Peruvian senator occupies a seat on the Andean council.
            The rebels occupied the village near the Chadian border.
            Sudanese troops occupied the area around the airport.
            A Brazilian appeals court overturned the conviction of the former governor.
            Beijing called the sanctions a punishment for its trade policy.
            Chile called on Peru to reopen the border.
            Brazil called for Argentina to lift the tariffs.
            Following the announcement of the truce, Canada said on Monday that it would reopen its embassy in Sudan.
            The Sudanese army announced a ceasefire in Khartoum.
            A Mexican gunman tried to kill the Peruvian journalist in Lima last year.
            A Venezuelan gunman tried to kill the Colombian senator in Caracas.
            The Syrian army tried to kill three Turkish soldiers near the border.
            Somali rebels have intensified attacks on Ethiopian troops in the border region.
            The French minister expressed Paris's commitment to Lebanon's security.
            The Japanese minister expressed support for Ukraine's reforms.
            Opposition lawyers filed petitions contesting the validity of the election of the Kenyan president.
            Kenyan lawyers challenged the Ugandan law in court.
            A Turkish court granted the jailed journalist house arrest.
            Egypt granted asylum to the Libyan opposition leader.
            The Egyptian ministry provided no information about the detained Sudanese migrants to the families.
            The Nigerian army gave details of the raid to reporters.
            """);

    /** The phrase in its other sense codes nothing of the root the imported pattern gave it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a fight named beside a dispute is no demonstration (PROTEST &FIGHT 141) | Vietnam and Malaysia have been disputing fishing rights in the gulf, a fight joined by Thailand. | 14
            a form that challenges efforts disapproves of nothing (CHALLENGE 110) | The EU's online visa form, which had to be filled in twice, challenged everyone's efforts to travel. | 11
            rules that challenge efforts disapprove of nothing (CHALLENGE 110) | Germany's new tax rules challenged every farmer's efforts to export. | 11
            a campaign targeting a drug uses no force (TARGET 190) | The Mexican government's plan targeting cocaine was launched in May. | 19
            avoiding a place for fear of attack attacks no one (CONTINUE ATTACK 190) | Farmers in Mali still avoid going into the hills for fear of attack. | 19
            a gray area occupied is no occupation (OCCUPY &TOWN 192) | The Indian settlers occupied a gray area under colonial law. | 19
            a seat occupied is no occupation (OCCUPY 192) | The Peruvian senator occupies a seat on the Andean council. | 19
            a conviction overturned refuses nothing (OVERTURN CONVICTION 1241) | A Brazilian appeals court overturned the conviction of the former governor. | 12
            calling something a punishment for a policy is no appeal (CALL FOR 020) | Beijing called the sanctions a punishment for its trade policy. | 02
            a truce mentioned beside "said" is no declared truce (ANNOUNCE &CEASEFIRE 0871) | Following the announcement of the truce, Canada said on Monday that it would reopen its embassy in Sudan. | 0871
            trying to kill several soldiers is no assassination attempt (185) | The Syrian army tried to kill three Turkish soldiers near the border. | 18
            attacks intensified are no threat (STEP UP ATTACK 138) | Somali rebels have intensified attacks on Ethiopian troops in the border region. | 13
            a commitment expressed is no disapproval (EXPRESS 110) | The French minister expressed Paris's commitment to Lebanon's security. | 11
            petitions contesting validity reject no request (CONTEST VALIDITY 120) | Opposition lawyers filed petitions contesting the validity of the election of the Kenyan president. | 12
            house arrest granted is no asylum (GRANT &ASYLUM 075) | A Turkish court granted the jailed journalist house arrest. | 075
            no information given is no statement (GIVE &INFORMATION 010) | The Egyptian ministry provided no information about the detained Sudanese migrants to the families. | 010
            """)
    void theOtherSenseCodesNothingOfThatRoot(String rule, String sentence, String codePrefix) {
        assertThat(coded.events(sentence)).noneMatch(e -> e.startsWith(codePrefix));
    }

    /** The phrase with the argument that makes it the codebook's act codes it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            protesting the fighting is a demonstration (141) | Students in Manila protested the fighting in Mindanao. | 141 PHLEDU>
            police targeting supporters with tear gas use force (190) | Kenyan police targeted opposition supporters with tear gas. | 190 KENCOP>---OPP
            attacks continued are force (190) | The rebels continued attacks on army posts in Darfur. | 190 ---REB>SDN
            continuing to attack is force (190) | The Italian navy continued to attack Libyan smugglers. | 190 ITAMIL>LBYCRM
            a village occupied is an occupation (192) | The rebels occupied the village near the Chadian border. | 192 ---REB>
            an area occupied by troops is an occupation (192) | Sudanese troops occupied the area around the airport. | 192 SDNMIL>
            a conviction overturned removes a penalty (081) | A Brazilian appeals court overturned the conviction of the former governor. | 081 BRAJUD>
            calling on a party to act is an appeal (02) | Chile called on Peru to reopen the border. | 02 CHL>PER
            calling for a party to act is an appeal (020) | Brazil called for Argentina to lift the tariffs. | 020 BRA>ARG
            announcing a ceasefire declares one (0871) | The Sudanese army announced a ceasefire in Khartoum. | 0871 SDNMIL>
            trying to kill a journalist is an assassination attempt (185) | A Mexican gunman tried to kill the Peruvian journalist in Lima last year. | 185 MEXUAF>PERMED
            trying to kill a senator is an assassination attempt (185) | A Venezuelan gunman tried to kill the Colombian senator in Caracas. | 185 VENUAF>COLLEG
            trying to kill several soldiers is an attack (190) | The Syrian army tried to kill three Turkish soldiers near the border. | 190 SYRMIL>TURMIL
            attacks intensified are force (190) | Somali rebels have intensified attacks on Ethiopian troops in the border region. | 190 SOMREB>ETHMIL
            a commitment to a party's security expressed is intent to cooperate (030) | The French minister expressed Paris's commitment to Lebanon's security. | 030 FRAGOV>LBN
            support expressed for a party's reforms endorses them (051) | The Japanese minister expressed support for Ukraine's reforms. | 051 JPNGOV>UKR
            petitions contesting an election's validity are court action (115) | Opposition lawyers filed petitions contesting the validity of the election of the Kenyan president. | 115 ---JUD>KENGOV
            challenging a law in court is court action (115) | Kenyan lawyers challenged the Ugandan law in court. | 115 KENJUD>
            house arrest granted eases a penalty (081) | A Turkish court granted the jailed journalist house arrest. | 081 TURJUD>
            asylum granted is asylum (075) | Egypt granted asylum to the Libyan opposition leader. | 075 EGY>LBYOPP
            no information given declines comment (011) | The Egyptian ministry provided no information about the detained Sudanese migrants to the families. | 011 EGYGOV>
            details given to reporters are a statement (010) | The Nigerian army gave details of the raid to reporters. | 010 NGAMIL>---MED
            """)
    void theCodebookSenseCodes(String rule, String sentence, String expected) {
        String[] parts = expected.split(" ");
        assertThat(coded.events(sentence))
                .anyMatch(e -> e.startsWith(parts[0]) && e.substring(e.indexOf(' ') + 1).startsWith(parts[1]));
    }
}
