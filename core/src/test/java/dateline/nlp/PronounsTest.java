package dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dateline.knowledge.TableFile;
import dateline.knowledge.TableFileException;
import org.junit.jupiter.api.Test;

class PronounsTest {
    private final Pronouns pronouns = Pronouns.bundled();

    @Test
    void personalFormsFirstPersonAndGender() {
        assertThat(pronouns.personal()).contains("he", "she", "they", "we", "i", "him", "her", "them", "us")
                .doesNotContain("his", "himself", "our", "it");
        assertThat(pronouns.isFirstPerson("We")).isTrue();
        assertThat(pronouns.isFirstPerson("my")).isTrue();
        assertThat(pronouns.isFirstPerson("they")).isFalse();
        assertThat(pronouns.isFirstPerson("Us")).isTrue();
        assertThat(pronouns.isFirstPerson("US")).as("the country").isFalse();
        assertThat(pronouns.isGendered("Himself")).isTrue();
        assertThat(pronouns.isGendered("they")).isFalse();
        assertThat(NameGender.ofPronoun("Hers")).isEqualTo(NameGender.Gender.FEMALE);
        assertThat(NameGender.ofPronoun("his")).isEqualTo(NameGender.Gender.MALE);
        assertThat(NameGender.ofPronoun("we")).isEqualTo(NameGender.Gender.UNKNOWN);
    }

    @Test
    void aBadRowNamesFileAndLine() {
        assertThatThrownBy(() -> Pronouns.read(TableFile.ofText("pronouns.tsv", "he\t3\tsingular\tmale\tsubject\n"
                + "she\t2\tsingular\tfemale\tsubject\n")))
                .isInstanceOf(TableFileException.class).hasMessageStartingWith("pronouns.tsv:2: expected");
    }
}
