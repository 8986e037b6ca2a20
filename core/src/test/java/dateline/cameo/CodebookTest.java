package dateline.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodebookTest {
    private final Codebook book = Codebook.bundled();

    @Test
    void usesTheManualNumberingAndQuadClassesByRoot() {
        assertThat(book.get("105").orElseThrow().name()).isEqualTo("Demand that target yields");
        assertThat(book.get("108").orElseThrow().name()).isEqualTo("Demand mediation");
        CameoCode c = book.get("1053").orElseThrow();
        assertThat(c.root()).isEqualTo("10");
        assertThat(c.quadClass()).isEqualTo(3);
        assertThat(c.goldstein()).isEqualTo(-5.0);
        assertThat(c.ploverCategory()).isEqualTo("REQUEST");
        assertThat(book.get("041").orElseThrow().ploverMode()).isEqualTo("phone");
        assertThat(book.get("190").orElseThrow().quadClass()).isEqualTo(4);
        assertThat(book.get("061").orElseThrow().quadClass()).isEqualTo(2);
        assertThat(book.get("010").orElseThrow().ploverCategory()).isNull();
        assertThat(book.quadClassVersion()).isEqualTo(1);
    }

    @Test
    void everyCodeIsComplete() {
        assertThat(book.all()).hasSizeGreaterThan(300);
        for (CameoCode c : book.all()) {
            assertThat(c.code()).matches("\\d{2,4}");
            assertThat(c.name()).isNotBlank();
            assertThat(c.goldstein()).isBetween(-10.0, 10.0);
        }
        assertThat(book.get("999")).isEmpty();
        assertThat(book.get(null)).isEmpty();
    }
}
