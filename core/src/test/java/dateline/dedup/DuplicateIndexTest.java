package dateline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicateIndexTest {
    /** Written for this test. */
    static final String TEXT = "The council of Lisbon voted on Thursday to extend the tram line along the river to the "
            + "new ferry terminal, a project first proposed ten years ago. Work is to start in the autumn and the "
            + "city expects the first trams to run within three years, the deputy mayor told reporters.";

    @Test
    void exactCopiesIgnoreCaseSpacingAndPunctuation() {
        DuplicateIndex index = new DuplicateIndex();
        index.add("a", Fingerprint.of(TEXT), "a");
        Duplicate d = index.find(Fingerprint.of(TEXT.toUpperCase().replace(", ", " ,\n"))).orElseThrow();
        assertThat(d.kind()).isEqualTo(Duplicate.Kind.EXACT);
        assertThat(d.original()).isEqualTo("a");
    }

    @Test
    void anEditedCopyIsNearAndPointsAtTheFirstOfItsGroup() {
        DuplicateIndex index = new DuplicateIndex();
        index.add("a", Fingerprint.of(TEXT), "a");
        String copy = TEXT.replace("on Thursday", "late on Thursday") + " Reporting by a staff writer.";
        Duplicate d = index.find(Fingerprint.of(copy)).orElseThrow();
        assertThat(d.kind()).isEqualTo(Duplicate.Kind.NEAR);
        assertThat(d.similarity()).isGreaterThanOrEqualTo(DuplicateIndex.MIN_SIMILARITY);
        index.add("b", Fingerprint.of(copy), d.original());
        Duplicate third = index.find(Fingerprint.of(copy + " Updated.")).orElseThrow();
        assertThat(third.original()).isEqualTo("a");
    }

    @Test
    void unrelatedAndShortTextsAreNotDuplicates() {
        DuplicateIndex index = new DuplicateIndex();
        index.add("a", Fingerprint.of(TEXT), "a");
        String other = "Farmers in the south of Portugal asked the government on Monday for help with water after "
                + "the driest spring in decades, saying reservoirs were at a third of their usual level.";
        assertThat(index.find(Fingerprint.of(other))).isEmpty();
        index.add("s", Fingerprint.of("Markets closed higher."), "s");
        assertThat(index.find(Fingerprint.of("Markets closed higher today."))).isEmpty();
    }

    @Test
    void signaturesSurviveStorage() {
        Fingerprint f = Fingerprint.of(TEXT);
        assertThat(Fingerprint.minHashOf(f.minHashBytes())).containsExactly(f.minHash());
        assertThat(Fingerprint.of(TEXT)).isEqualTo(f);
    }
}
