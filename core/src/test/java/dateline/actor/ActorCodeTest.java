package dateline.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorCodeTest {

    @Test
    void readsCountryAndSectors() {
        ActorCode c = ActorCode.of("USAGOVMIL");
        assertThat(c.country()).isEqualTo("USA");
        assertThat(c.sectors()).containsExactly("GOV", "MIL");
        assertThat(c.sectorText()).isEqualTo("GOVMIL");
        assertThat(c.isCountry()).isFalse();
        assertThat(c.hasUnknownCountry()).isFalse();
        assertThat(c.hasSector("MIL")).isTrue();
        assertThat(c).hasToString("USAGOVMIL");
        assertThat(ActorCode.of("IGOUNO").country()).isEqualTo("IGO");
        assertThat(ActorCode.of("IGOUNO").sectors()).containsExactly("UNO");
    }

    @Test
    void aBareCountryAndAnUnknownCountry() {
        assertThat(ActorCode.of("IRQ").isCountry()).isTrue();
        assertThat(ActorCode.of("IRQ").sectors()).isEmpty();
        ActorCode rebels = ActorCode.of("---REB");
        assertThat(rebels.hasUnknownCountry()).isTrue();
        assertThat(rebels.country()).isEqualTo(ActorCode.UNKNOWN_COUNTRY);
        assertThat(rebels.withCountry("SYR")).isEqualTo(ActorCode.of("SYRREB"));
        assertThat(ActorCode.of("IRNGOV").withCountry("IRQ").text()).isEqualTo("IRQGOV");
    }

    @Test
    void agentTemplatesTakeTheCountryFirstOrLast() {
        assertThat(ActorCode.ofAgent("~GOV", "IRQ").text()).isEqualTo("IRQGOV");
        assertThat(ActorCode.ofAgent("~GOV", null).text()).isEqualTo("---GOV");
        assertThat(ActorCode.ofAgent("NGO~", "IRQ").text()).isEqualTo("NGOIRQ");
        assertThat(ActorCode.ofAgent("NGO~", null).text()).isEqualTo("NGO");
        assertThat(ActorCode.agentSectors("~GOVMIL")).isEqualTo("GOVMIL");
        assertThatThrownBy(() -> ActorCode.ofAgent("GOV", "IRQ")).hasMessageContaining("'GOV' is no agent code");
    }

    @Test
    void rejectsWhatIsNoActorCode() {
        for (String bad : List.of("IR", "irn", "IR-N", "~GOV", "IRN GOV")) {
            assertThat(ActorCode.isValid(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> ActorCode.of(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + bad + "' is no CAMEO actor code");
        }
        assertThat(ActorCode.isValid(null)).isFalse();
        assertThat(ActorCode.isValid("---")).isTrue();
        assertThat(ActorCode.isValid("IRN123")).isTrue();
    }

    @Test
    void dictionaryCodesAreActorCodesOrAgentTemplates() {
        assertThat(List.of("IRNGOV", "~GOV", "NGO~", Role.NO_ACTOR, "---GOV", "~GO", "~"))
                .map(DictionaryFormat::isValidCode).containsExactly(true, true, true, true, false, false, false);
    }
}
