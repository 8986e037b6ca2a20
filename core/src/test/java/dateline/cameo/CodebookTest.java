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

    @Test
    void pentaClassesSplitVerbalCooperationIntoStatementsAndCooperation() {
        assertThat(book.pentaClass("010")).hasValue(0);
        assertThat(book.pentaClass("0251")).hasValue(0);
        assertThat(book.pentaClass("036")).hasValue(1);
        assertThat(book.pentaClass("057")).hasValue(1);
        assertThat(book.pentaClass("06")).hasValue(2);
        assertThat(book.pentaClass("0874")).hasValue(2);
        assertThat(book.pentaClass("090")).hasValue(3);
        assertThat(book.pentaClass("1384")).hasValue(3);
        assertThat(book.pentaClass("145")).hasValue(4);
        // ConfliBERT labels reducing relations (16) as verbal conflict; its quad stays material conflict.
        assertThat(book.pentaClass("163")).hasValue(3);
        assertThat(book.root("163")).hasValueSatisfying(r -> assertThat(r.quadClass()).isEqualTo(4));
        assertThat(book.pentaClass("2042")).hasValue(4);
        assertThat(book.pentaClass("99")).isEmpty();
        assertThat(book.pentaClass(null)).isEmpty();
        for (CameoCode c : book.all()) {
            int quad = c.quadClass();
            int penta = book.pentaClass(c.code()).orElseThrow();
            // PentaClass refines the quad, except that ConfliBERT puts reducing relations (16) with verbal conflict.
            assertThat(Math.max(1, penta)).as(c.code()).isEqualTo(c.code().startsWith("16") ? 3 : quad);
        }
    }

    @Test
    void rootGroupingsTheCoderAsksFor() {
        CameoRoot meet = book.root("040").orElseThrow();
        assertThat(meet.mutual()).isTrue();
        assertThat(meet.ownerIsTarget()).isFalse();
        assertThat(meet.future()).isEqualTo("03");
        assertThat(meet.futureNegated()).isEqualTo("12");
        CameoRoot fight = book.root("1951").orElseThrow();
        assertThat(fight.quadClass()).isEqualTo(4);
        assertThat(fight.ownerIsTarget()).isTrue();
        assertThat(fight.future()).isEqualTo("13");
        assertThat(fight.futureNegated()).isNull();
        assertThat(fight.actsOnPlace()).isTrue();
        assertThat(book.root("10").orElseThrow().ownerIsTarget()).isFalse();
        assertThat(book.root("11").orElseThrow().ownerIsTarget()).isTrue();
        assertThat(book.root("093").orElseThrow().future()).isEqualTo("09");
        assertThat(book.root("---")).isEmpty();
        assertThat(book.root("9")).isEmpty();
        assertThat(book.root(null)).isEmpty();
        for (CameoCode c : book.all()) {
            CameoRoot r = book.root(c.code()).orElseThrow();
            assertThat(r.quadClass()).as(c.code()).isEqualTo(c.quadClass());
            // Material conflict is done at its place; so is aid, delivered in a country (root 07).
            assertThat(r.actsOnPlace()).as(c.code()).isEqualTo(r.quadClass() == 4 || c.root().equals("07"));
            assertThat(r.mutual()).as(c.code()).isEqualTo(c.root().compareTo("03") >= 0 && c.root().compareTo("06") <= 0);
        }
    }
}
