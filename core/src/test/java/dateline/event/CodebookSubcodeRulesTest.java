package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The codebook rules written for issue 15's team table (codebook-verbs.txt, frames.tsv, the place of violence), on
 * sentences written for these tests in other words than the table's rows: each rule must code a sentence of its
 * CAMEO code it was not written from. With the bundled dictionaries and the real actor stage.
 */
class CodebookSubcodeRulesTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("codebook-subcodes", """
            The Indian government is reassessing its policy on coal imports.
            Brazil is rethinking its approach to deforestation.
            Students in Seoul held a vigil for the victims of the ferry disaster.
            Italy said it shared Spain's position on migration.
            Armenia accepted mediation by Russia.
            Bolivia welcomed mediation by Brazil in the dispute.
            Vietnam negotiated with Cambodia over the border.
            Serbia negotiated with Kosovo in Brussels.
            The Brazilian president travelled to Beijing in April.
            Germany's foreign minister flew to Cairo on Sunday.
            Kenya rallied African support for Somalia.
            Senegal mustered regional backing for Gambia.
            Opposition leaders in Uganda mobilised voters against the government.
            India held naval exercises with France in the Indian Ocean.
            Egyptian forces staged joint drills with Saudi troops.
            Colombia extradited a drug lord to the United States.
            Italy extradited a suspect to Germany.
            The United States airdropped supplies to Gaza.
            Greece sent rescue teams to Turkey after the earthquake.
            Poland backed down in its row with Ukraine over grain.
            Greece gave in to pressure from Germany.
            Bangladeshi students called off their protests against the government.
            Opposition parties in Togo suspended their demonstrations against the government.
            North Korea admitted inspectors from the United Nations.
            Kenyan police are investigating the minister for fraud.
            Prosecutors in Peru investigated the former president over bribery.
            The United Nations opened an inquiry into torture by Syrian forces.
            The International Criminal Court launched an investigation into war crimes in Sudan.
            An Iranian court convicted a French tourist of spying.
            A Turkish judge sentenced a German journalist to prison.
            Japan voiced disapproval of China's military drills.
            Germany expressed its displeasure over Hungary's veto.
            Russia accused Estonia of espionage.
            Students in Chile marched against the education reform.
            French workers demonstrated against the government's pension reform.
            Greek farmers blocked roads near the border.
            Protesters barricaded streets in Caracas.
            Protesters in Colombia clashed with riot police in Bogota.
            Demonstrators stormed the presidential palace in Colombo.
            Germany put its police on high alert.
            Azerbaijan mobilised reservists.
            Turkey massed troops near Syria's border.
            Sweden suspended development aid to Mali.
            The United States cut military aid to Egypt.
            Egypt put its mediation between Israel and Hamas on hold.
            Colombia put peace talks with the ELN on hold.
            Niger expelled the French ambassador.
            Thailand deported a British journalist.
            Mali expelled French troops.
            The Congolese government ordered the UN peacekeeping force to leave.
            Saudi Arabia imposed a blockade on Qatar.
            Iranian security forces opened fire on protesters in Zahedan.
            Armenian forces shelled Azerbaijani positions.
            Taliban militants detonated a car bomb in Kabul.
            Islamic State militants committed atrocities against Christians in Mosul.
            Serb forces carried out ethnic cleansing against Bosnian Muslims.
            Iraqi forces used chemical weapons against Kurdish civilians.
            Jihadist gunmen attacked a village in central Mali.
            Militants raided a school in northern Nigeria.
            Egypt signed a security cooperation agreement with Greece.
            Japan signed a defence cooperation pact with the Philippines.
            Japan pledged to expand military cooperation with Australia.
            Poland said it was ready to cooperate with Lithuania.
            China threatened to cut trade with Australia.
            Denmark froze economic aid to Tanzania.
            Washington suspended military aid to Pakistan.
            Niger expelled French forces from its territory.
            Mali ordered the peacekeeping mission of the United Nations to leave.
            Police in Sudan opened fire on demonstrators in Khartoum.
            Amnesty International accused Nigerian soldiers of torturing detainees.
            Ukraine accused Russian troops of executing prisoners.
            Pakistan accused India of shelling villages in Kashmir.
            Human Rights Watch launched an investigation into abuses by Ethiopian troops.
            The ICC opened an investigation into crimes against humanity in Myanmar.
            A court in Moscow convicted an American soldier of theft.
            Iran allowed inspectors from the IAEA into the plant.
            Russia conducted joint naval drills with Iran.
            The Australian government is reviewing its defence strategy.
            Hungary endorsed Poland's position on the budget.
            Nurses in Britain rallied against the government's pay policy.
            Gunmen attacked villagers in northern Burkina Faso.
            Russia imposed a blockade on Ukrainian ports.
            The Syrian army used chlorine gas against rebels.
            Boko Haram carried out atrocities against villagers.
            Myanmar's army conducted ethnic cleansing against the Rohingya.
            A suicide bomber attacked a police station in Quetta.
            Teachers in Kenya called off their strike.
            """);

    /** The sentence gives this event (code, source and target; "-" for none) among its events. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            reviewing a policy is considering a policy option | The Indian government is reassessing its policy on coal imports. | 014 INDGOV>-
            rethinking an approach is considering a policy option | Brazil is rethinking its approach to deforestation. | 014 BRA>-
            sharing another's position is expressing accord | Italy said it shared Spain's position on migration. | 019 ITA>ESP
            accepting mediation, the mediator the target | Armenia accepted mediation by Russia. | 038 ARM>RUS
            welcoming mediation is accepting it | Bolivia welcomed mediation by Brazil in the dispute. | 038 BOL>BRA
            negotiating with a party is 046, one way | Vietnam negotiated with Cambodia over the border. | 046 VNM>KHM
            negotiating in a third place | Serbia negotiated with Kosovo in Brussels. | 046 SRB>KSV
            travelling to a country is a visit | The Brazilian president travelled to Beijing in April. | 042 BRAGOV>CHN
            flying to a capital is a visit | Germany's foreign minister flew to Cairo on Sunday. | 042 DEUGOV>EGY
            rallying support for a party | Kenya rallied African support for Somalia. | 053 KEN>SOM
            mustering backing for a party | Senegal mustered regional backing for Gambia. | 053 SEN>GMB
            naval exercises with another force are military cooperation | India held naval exercises with France in the Indian Ocean. | 062 IND>FRA
            joint drills are military cooperation | Egyptian forces staged joint drills with Saudi troops. | 062 EGYMIL>SAUMIL
            extradition is judicial cooperation with the receiving country | Colombia extradited a drug lord to the United States. | 063 COL>USA
            extraditing a suspect | Italy extradited a suspect to Germany. | 063 ITA>DEU
            airdropping supplies is humanitarian aid | The United States airdropped supplies to Gaza. | 073 USA>PSEGZA
            rescue teams are humanitarian aid | Greece sent rescue teams to Turkey after the earthquake. | 073 GRC>TUR
            backing down in a row yields to the other party | Poland backed down in its row with Ukraine over grain. | 080 POL>UKR
            giving in to pressure yields to who pressed | Greece gave in to pressure from Germany. | 080 GRC>DEU
            admitting inspectors is receiving inspectors | North Korea admitted inspectors from the United Nations. | 0862 PRK>IGOUNO
            an inquiry into torture investigates human rights abuses | The United Nations opened an inquiry into torture by Syrian forces. | 092 IGOUNO>SYRMIL
            a court's conviction is finding guilty | An Iranian court convicted a French tourist of spying. | 116 IRNJUD>FRACVL
            a judge's sentence is finding guilty | A Turkish judge sentenced a German journalist to prison. | 116 TURJUD>DEUMED
            voicing disapproval is 110 | Japan voiced disapproval of China's military drills. | 110 JPN>CHN
            expressing displeasure is 110 | Germany expressed its displeasure over Hungary's veto. | 110 DEU>HUN
            an accusation of espionage is 1125 | Russia accused Estonia of espionage. | 1125 RUS>EST
            marching against a reform demands a policy change | Students in Chile marched against the education reform. | 1412 CHLEDU>-
            blocking roads obstructs passage | Greek farmers blocked roads near the border. | 144 GRCAGR>-
            protesters clashing with police riot | Protesters in Colombia clashed with riot police in Bogota. | 145 COLOPP>COLCOP
            putting the police on alert | Germany put its police on high alert. | 151 DEU>-
            massing troops near a border threatens its owner | Turkey massed troops near Syria's border. | 154 TUR>SYR
            suspending development aid is 1621 | Sweden suspended development aid to Mali. | 1621 SWE>MLI
            cutting military aid is 1622 | The United States cut military aid to Egypt. | 1622 USA>EGY
            putting mediation on hold halts it | Egypt put its mediation between Israel and Hamas on hold. | 165 EGY>-
            expelling a diplomat reduces relations (usage notes of 174) | Niger expelled the French ambassador. | 161 NER>FRAGOV
            deporting a person is 174 | Thailand deported a British journalist. | 174 THA>GBRMED
            expelling troops is 166 | Mali expelled French troops. | 166 MLI>FRAMIL
            ordering peacekeepers to leave expels them | The Congolese government ordered the UN peacekeeping force to leave. | 1661 CODGOV>IGOUNO
            imposing a blockade is 191 | Saudi Arabia imposed a blockade on Qatar. | 191 SAU>QAT
            a car bomb in a city of the group's own country | Taliban militants detonated a car bomb in Kabul. | 1832 AFGREB>AFG
            gunmen attacking a village use unconventional violence on its country | Jihadist gunmen attacked a village in central Mali. | 180 ---UAF>MLI
            militants raiding a school | Militants raided a school in northern Nigeria. | 180 ---UAF>NGA
            signing a cooperation agreement is 057, not the cooperation | Egypt signed a security cooperation agreement with Greece. | 057 EGY>GRC
            signing a defence pact is 057 | Japan signed a defence cooperation pact with the Philippines. | 057 JPN>PHL
            a pledge about military cooperation is 0312 | Japan pledged to expand military cooperation with Australia. | 0312 JPN>AUS
            readiness to cooperate in general is 030 | Poland said it was ready to cooperate with Lithuania. | 030 POL>LTU
            threatening to cut trade threatens non-force | China threatened to cut trade with Australia. | 131 CHN>AUS
            freezing economic aid is 1621 | Denmark froze economic aid to Tanzania. | 1621 DNK>TZA
            suspending military aid is 1622 | Washington suspended military aid to Pakistan. | 1622 USA>PAK
            expelling forces is 166 | Niger expelled French forces from its territory. | 166 NER>FRAMIL
            ordering a peacekeeping mission out is 1661 | Mali ordered the peacekeeping mission of the United Nations to leave. | 1661 MLI>IGOUNO
            police firing on demonstrators is violent repression | Police in Sudan opened fire on demonstrators in Khartoum. | 175 SDNCOP>SDNOPP
            an accusation of torture is 1122 | Amnesty International accused Nigerian soldiers of torturing detainees. | 1122 NGOHRIAMN>NGAMIL
            an accusation of executions is 1122 | Ukraine accused Russian troops of executing prisoners. | 1122 UKR>RUSMIL
            an accusation of shelling is 1123 | Pakistan accused India of shelling villages in Kashmir. | 1123 PAK>IND
            an investigation into abuses is 092 | Human Rights Watch launched an investigation into abuses by Ethiopian troops. | 092 NGOHRI>ETHMIL
            a court in a city convicts | A court in Moscow convicted an American soldier of theft. | 116 RUSJUD>USAMIL
            allowing inspectors in is receiving them | Iran allowed inspectors from the IAEA into the plant. | 0862 IRN>IGOUNOIAE
            joint naval drills are military cooperation | Russia conducted joint naval drills with Iran. | 062 RUS>IRN
            reviewing a strategy is considering a policy option | The Australian government is reviewing its defence strategy. | 014 AUSGOV>-
            endorsing another's position is expressing accord | Hungary endorsed Poland's position on the budget. | 019 HUN>POL
            gunmen attacking villagers use unconventional violence | Gunmen attacked villagers in northern Burkina Faso. | 180 ---UAF>BFA
            """)
    void theSentenceGivesTheEvent(String rule, String sentence, String event) {
        assertThat(coded.events(sentence)).contains(event);
    }

    /**
     * Rules whose code and source are the point; the target is a group with no country, none at all, or "the
     * government" of a country the fixture's article (all these sentences in one) does not make clear.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            suspending demonstrations eases dissent | Opposition parties in Togo suspended their demonstrations against the government. | 082 TGOOPP>
            mobilising people against a party is rallying opposition | Opposition leaders in Uganda mobilised voters against the government. | 113 UGAOPP>
            calling off protests eases dissent | Bangladeshi students called off their protests against the government. | 082 BGDEDU>
            the police investigate crime | Kenyan police are investigating the minister for fraud. | 091 KENCOP>
            demonstrating against a government's reform | French workers demonstrated against the government's pension reform. | 1412 FRALAB>
            a vigil is a symbolic act | Students in Seoul held a vigil for the victims of the ferry disaster. | 017 KOREDU>
            the subject of an investigation chooses 091 | Prosecutors in Peru investigated the former president over bribery. | 091 PERJUD>
            war crimes investigated are 094 | The International Criminal Court launched an investigation into war crimes in Sudan. | 094 IGOJUDICC>
            barricading streets obstructs passage | Protesters barricaded streets in Caracas. | 144 ---OPP>
            demonstrators storming a building riot | Demonstrators stormed the presidential palace in Colombo. | 145 ---OPP>
            calling up reservists mobilises | Azerbaijan mobilised reservists. | 154 AZE>
            putting talks on hold halts negotiations | Colombia put peace talks with the ELN on hold. | 164 COL>
            opening fire on protesters is violent repression | Iranian security forces opened fire on protesters in Zahedan. | 175 IRNCOP>
            shelling is fighting with artillery | Armenian forces shelled Azerbaijani positions. | 194 ARMMIL>
            atrocities are unconventional mass violence | Islamic State militants committed atrocities against Christians in Mosul. | 200 IMGMUSISI>
            ethnic cleansing is 203 | Serb forces carried out ethnic cleansing against Bosnian Muslims. | 203 ---MIL>
            chemical weapons are 2041 | Iraqi forces used chemical weapons against Kurdish civilians. | 2041 IRQMIL>
            a blockade of ports is 191 | Russia imposed a blockade on Ukrainian ports. | 191 RUS>
            chlorine gas is a chemical weapon | The Syrian army used chlorine gas against rebels. | 2041 SYRMIL>
            atrocities against villagers are 200 | Boko Haram carried out atrocities against villagers. | 200 NGAREB>
            ethnic cleansing of a minority is 203 | Myanmar's army conducted ethnic cleansing against the Rohingya. | 203 MMRMIL>
            crimes against humanity investigated are 094 | The ICC opened an investigation into crimes against humanity in Myanmar. | 094 IGOJUDICC>
            a suicide bomber's attack is 1831 | A suicide bomber attacked a police station in Quetta. | 1831 ---REB>
            rallying against a pay policy demands a policy change | Nurses in Britain rallied against the government's pay policy. | 1412 GBRHLH>
            calling off a strike eases dissent | Teachers in Kenya called off their strike. | 082 KENEDU>
            """)
    void theSentenceGivesTheCodeFromTheSource(String rule, String sentence, String codeAndSource) {
        assertThat(coded.events(sentence)).anyMatch(e -> e.startsWith(codeAndSource));
    }
}
