package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Codebook roots for acts the seventh VOA audit and the ninth round's own VOA sample found under another root or in
 * another sense of the verb ({@code senses.txt}, "Issue 15, ninth round: roots9", {@link WarningWithoutThreat},
 * {@link OrderToOwnForces}): a hijacking is 181, armed forces backing armed forces cooperate militarily (062),
 * tariffs and sanctions imposed are 163 and a trade war is no war, a warning of a danger is a pessimistic comment
 * (012), an order to one's own forces is no demand, violence stepped up against protests is repression (175), a
 * missile test is a show of force (150), and a name ("what X calls Y"), a cited objection, a return to power and
 * a report issued by Freedom House are no appeal, disapproval, return or asylum. Every sentence is written for
 * this test.
 */
class RootsNinthRoundTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("roots-ninth-round", """
            Colombian guerrillas hijacked a bus carrying forty passengers near Cali on Monday.
            Somali pirates took over a Greek tanker with its crew off the coast of Puntland.
            Armed rebels seized a train with hundreds of passengers aboard in eastern Congo.
            Mexican cartels hijacked a bus near Monterrey.
            Rebels seized government warehouses near the Liberian border.
            Iranian forces seized a British oil tanker in the Gulf.
            Afghan troops, backed by American warplanes, launched an offensive against the Taliban in Helmand.
            The Iraqi army, supported by Iranian militias, is fighting Islamic State near Mosul.
            French special forces are helping Malian troops in operations against jihadists.
            The European Union supported the Kenyan proposal for talks.
            The penalties that Washington imposed on Tehran remain in force.
            The European Union imposed sanctions on Belarus on Monday.
            The Taliban imposed a ban on foreign newspapers.
            Beijing rejected the deadline that Washington imposed on the talks.
            India started a trade war with Pakistan last year.
            "We started a drug war, not a trade war," the Mexican minister said.
            The Peruvian government launched a war on poverty in the Andes.
            Australia has been waging a tariff fight with China since 2020.
            Kenya launched a war against the Shabab militants in 2011.
            The Japanese defense ministry warned of a possible Chinese blockade of Taiwan.
            Nigerian officials warned of a likely famine in the northeast.
            The Ghanaian minister warned that rising debt could trigger a crisis.
            "Renegotiating the deal is not an option," the German chancellor warned.
            The European Union warned that the Somali government's actions would divide the country.
            Iran warned of a harsh response to any Israeli attack.
            Venezuela warned that Colombian troops would face consequences if they crossed the border.
            Russia warned that it would expel Polish diplomats.
            The Pakistani interior minister warned that the attackers would not be spared.
            Somali troops, backed by Djiboutian soldiers, retook the town of Baidoa.
            The Sudanese government ordered its army to close the border with Chad.
            The Ethiopian prime minister ordered federal troops into Tigray.
            Egypt ordered Israel to withdraw its forces from the border.
            Police in Kenya increased the violence against protesters in Nairobi.
            Iranian security forces stepped up the crackdown on demonstrators in Tehran.
            The Chinese army increased its troops along the Indian border.
            North Korea fired two ballistic missiles into the sea to pressure South Korea.
            The Iranian navy tested a ballistic missile near the Strait of Hormuz.
            South Korea conducted a missile test on Friday in a warning to the North.
            Pakistan has increased pressure on India by conducting two rounds of missile tests.
            Human rights groups condemned what the Chinese government calls vocational training centers.
            The rebel group was founded by what Uganda has called a terrorist cell.
            In an angry post on his account, the Mexican president called Guatemala “one of the most corrupt neighbours anywhere in the region.”
            The Indian prime minister called the new Mauritian parliament a gift from India.
            The Kenyan president called the Tanzanian president on Friday.
            The Chilean senators called on Peru to release the fishermen.
            The African Union postponed the summit, citing Ethiopia's opposition.
            The U.N. left out the Somali delegation, citing the opposition of Kenya.
            The Sandinistas returned to power in Nicaragua in 2007.
            Egypt returned the stolen artifacts to Greece on Monday.
            Italy returned the stolen statues to the government of Peru.
            The annual report issued by Freedom House ranked Turkey as not free.
            Sweden granted asylum to a Russian dissident.
            Pakistani officials reiterated the claim that the bombers came from Afghanistan.
            China reiterated its claim to the islands in the South China Sea.
            """);

    /** The act in its other sense, or under the wrong root, codes nothing of that root. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a hijacked bus is no seizure of property (171) | Colombian guerrillas hijacked a bus carrying forty passengers near Cali on Monday. | 171
            a tanker taken over with its crew is no seizure of property (171) | Somali pirates took over a Greek tanker with its crew off the coast of Puntland. | 171
            a train seized with its passengers is no seizure of property (171) | Armed rebels seized a train with hundreds of passengers aboard in eastern Congo. | 171
            warehouses seized are no hijacking (181) | Rebels seized government warehouses near the Liberian border. | 181
            a tanker seized with no one named aboard is no hijacking (181) | Iranian forces seized a British oil tanker in the Gulf. | 181
            troops backed by warplanes are not bombed by them (195) | Afghan troops, backed by American warplanes, launched an offensive against the Taliban in Helmand. | 195
            an army supported by militias is no diplomatic cooperation (050) | The Iraqi army, supported by Iranian militias, is fighting Islamic State near Mosul. | 050
            forces helping troops in operations give no civilian aid (070) | French special forces are helping Malian troops in operations against jihadists. | 070
            supporting a proposal for talks is no military cooperation (062) | The European Union supported the Kenyan proposal for talks. | 062
            penalties imposed on a country are no repression (170) | The penalties that Washington imposed on Tehran remain in force. | 17
            a deadline imposed is no repression (170) | Beijing rejected the deadline that Washington imposed on the talks. | 17
            a trade war is no war (190) | India started a trade war with Pakistan last year. | 19
            a drug war, not a trade war, is no war (190) | `"We started a drug war, not a trade war," the Mexican minister said.` | 19
            a war on poverty is no war (190) | The Peruvian government launched a war on poverty in the Andes. | 19
            a tariff fight is no fight (190) | Australia has been waging a tariff fight with China since 2020. | 19
            a warning of another's possible blockade is no threat (130) | The Japanese defense ministry warned of a possible Chinese blockade of Taiwan. | 13
            a warning of a famine is no threat (130) | Nigerian officials warned of a likely famine in the northeast. | 13
            a warning that debt could trigger a crisis is no threat (130) | The Ghanaian minister warned that rising debt could trigger a crisis. | 13
            a position stated as a warning is no threat (130) | `"Renegotiating the deal is not an option," the German chancellor warned.` | 13
            a warning about another government's actions is no threat (130) | The European Union warned that the Somali government's actions would divide the country. | 13
            an order to its own army is no demand (100) | The Sudanese government ordered its army to close the border with Chad. | 10
            an order to federal troops is no demand (100) | The Ethiopian prime minister ordered federal troops into Tigray. | 10
            violence increased against protesters is no mobilisation (154) | Police in Kenya increased the violence against protesters in Nairobi. | 154
            a crackdown stepped up is no mobilisation (154) | Iranian security forces stepped up the crackdown on demonstrators in Tehran. | 154
            missiles fired into the sea are no use of force (190) | North Korea fired two ballistic missiles into the sea to pressure South Korea. | 19
            "what X calls Y" names, it closes nothing (172) | Human rights groups condemned what the Chinese government calls vocational training centers. | 172
            "what X has called Y" names, it appeals for nothing (020) | The rebel group was founded by what Uganda has called a terrorist cell. | 02
            "call X Y" with a predicate names X, it appeals for nothing (020) | In an angry post on his account, the Mexican president called Guatemala “one of the most corrupt neighbours anywhere in the region.” | 02
            "call X a gift" names X, it is no phone call (041) | The Indian prime minister called the new Mauritian parliament a gift from India. | 04
            citing another's opposition is no disapproval (110) | The African Union postponed the summit, citing Ethiopia's opposition. | 11
            citing the opposition of another is no disapproval (110) | The U.N. left out the Somali delegation, citing the opposition of Kenya. | 11
            a return to power returns nothing (084) | The Sandinistas returned to power in Nicaragua in 2007. | 08
            a report issued by Freedom House grants no asylum (075) | The annual report issued by Freedom House ranked Turkey as not free. | 075
            reiterating the claim that someone did something is no demand (100) | Pakistani officials reiterated the claim that the bombers came from Afghanistan. | 10
            """)
    void theOtherSenseCodesNothingOfThatRoot(String rule, String sentence, String codePrefix) {
        assertThat(coded.events(sentence)).noneMatch(e -> e.startsWith(codePrefix));
    }

    /** The act with the arguments that make it the codebook's act codes it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a bus hijacked is a hijacking (181) | Colombian guerrillas hijacked a bus carrying forty passengers near Cali on Monday. | 181 COLREB>
            a bus hijacked, no passengers named, is a hijacking (181) | Mexican cartels hijacked a bus near Monterrey. | 181 MEXCRM>
            a tanker taken over is a hijacking (181) | Somali pirates took over a Greek tanker with its crew off the coast of Puntland. | 181 SOMCRM>GRCBUS
            a train seized with its passengers is a hijacking (181) | Armed rebels seized a train with hundreds of passengers aboard in eastern Congo. | 181 ---REB>
            warehouses seized are property seized (171) | Rebels seized government warehouses near the Liberian border. | 171 ---REB>
            a tanker seized is a confiscation (1711) | Iranian forces seized a British oil tanker in the Gulf. | 1711 IRNMIL>
            warplanes backing troops cooperate militarily (062) | Afghan troops, backed by American warplanes, launched an offensive against the Taliban in Helmand. | 062 USAMIL>AFGMIL
            militias supporting an army cooperate militarily (062) | The Iraqi army, supported by Iranian militias, is fighting Islamic State near Mosul. | 062 IRNUAF>IRQMIL
            forces helping troops cooperate militarily (062) | French special forces are helping Malian troops in operations against jihadists. | 062 FRAMIL>MLIMIL
            penalties imposed on a country are sanctions (163) | The penalties that Washington imposed on Tehran remain in force. | 163 USA>IRN
            sanctions imposed are sanctions (163) | The European Union imposed sanctions on Belarus on Monday. | 163 IGOEUREEC>BLR
            a ban imposed is an administrative sanction (172) | The Taliban imposed a ban on foreign newspapers. | 172 AFGREB>
            a war against militants is force (190) | Kenya launched a war against the Shabab militants in 2011. | 190 KEN>
            a warning of another's possible blockade is pessimism (012) | The Japanese defense ministry warned of a possible Chinese blockade of Taiwan. | 012 JPNGOV>
            a warning of a famine is pessimism (012) | Nigerian officials warned of a likely famine in the northeast. | 012 NGAGOV>
            a warning that debt could trigger a crisis is pessimism (012) | The Ghanaian minister warned that rising debt could trigger a crisis. | 012 GHAGOV>
            a warning of one's own harsh response is a threat (130) | Iran warned of a harsh response to any Israeli attack. | 130 IRN>
            a warning of consequences if troops cross is a threat (13) | Venezuela warned that Colombian troops would face consequences if they crossed the border. | 13 VEN>
            a warning that it would expel diplomats is a threat (13) | Russia warned that it would expel Polish diplomats. | 13 RUS>
            a warning that attackers will not be spared is a threat (13) | The Pakistani interior minister warned that the attackers would not be spared. | 13 PAKGOV>
            soldiers of a named country backing troops cooperate militarily (062) | Somali troops, backed by Djiboutian soldiers, retook the town of Baidoa. | 062 DJIMIL>SOMMIL
            an order to another country is a demand (100) | Egypt ordered Israel to withdraw its forces from the border. | 10 EGY>ISR
            violence increased against protesters is repression (175) | Police in Kenya increased the violence against protesters in Nairobi. | 175 KENCOP>KENOPP
            a crackdown stepped up is repression (175) | Iranian security forces stepped up the crackdown on demonstrators in Tehran. | 175 IRNCOP>IRNOPP
            troops increased are a mobilisation (154) | The Chinese army increased its troops along the Indian border. | 154 CHNMIL>
            missiles fired into the sea show force (150) | North Korea fired two ballistic missiles into the sea to pressure South Korea. | 150 PRK>
            a missile tested shows force (150) | The Iranian navy tested a ballistic missile near the Strait of Hormuz. | 150 IRNMIL>
            a missile test conducted shows force (150) | South Korea conducted a missile test on Friday in a warning to the North. | 150 KOR>
            rounds of missile tests show force (150) | Pakistan has increased pressure on India by conducting two rounds of missile tests. | 150 PAK>
            pressure increased on a party is a demand (100) | Pakistan has increased pressure on India by conducting two rounds of missile tests. | 100 PAK>IND
            calling a president is a phone call (041) | The Kenyan president called the Tanzanian president on Friday. | 041 KENGOV>TZAGOV
            calling on a country to act is an appeal (02) | The Chilean senators called on Peru to release the fishermen. | 02 CHLLEG>PER
            condemning what a government calls something is criticism (111) | Human rights groups condemned what the Chinese government calls vocational training centers. | 111 ---HRI>CHNGOV
            artifacts returned are returned (084) | Egypt returned the stolen artifacts to Greece on Monday. | 084 EGY>GRC
            statues returned to a government are returned (084) | Italy returned the stolen statues to the government of Peru. | 084 ITA>PERGOV
            asylum granted is asylum (075) | Sweden granted asylum to a Russian dissident. | 075 SWE>RUS
            reiterating a claim to islands is a demand (100) | China reiterated its claim to the islands in the South China Sea. | 100 CHN>
            """)
    void theCodebookSenseCodes(String rule, String sentence, String expected) {
        String[] parts = expected.split(" ");
        assertThat(coded.events(sentence))
                .anyMatch(e -> e.startsWith(parts[0]) && e.substring(e.indexOf(' ') + 1).startsWith(parts[1]));
    }
}
