package dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dateline.testing.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldFilesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;

    private Path resource(String name) throws IOException {
        try (InputStream in = GoldFilesTest.class.getResourceAsStream(name)) {
            Path p = dir.resolve(name);
            Files.write(p, in.readAllBytes());
            return p;
        }
    }

    private static GoldOptions options() {
        return new GoldOptions(null, null, List.of(), TODAY);
    }

    @Test
    void readsPetrarchRecordsDespiteCommentLinesAndBothSentenceForms() throws Exception {
        GoldSet set = GoldFiles.bundled().read(resource("petrarch-sample.xml"), options());
        assertThat(set.format()).isEqualTo(GoldFormat.PETRARCH_XML);
        assertThat(set.documents()).extracting(GoldDocument::id).containsExactly("DL_1", "DL_2", "DL_4");
        assertThat(set.notes()).anyMatch(n -> n.startsWith("DL_3") && n.contains("evaluate"))
                .anyMatch(n -> n.startsWith("DL_5") && n.contains("no <Text>"))
                .anyMatch(n -> n.startsWith("DL_4") && n.contains("date"));

        GoldDocument first = set.documents().get(0);
        assertThat(first.article().text()).isEqualTo(
                "The Norwegian foreign minister travelled to Santiago, where she met her Chilean counterpart.");
        assertThat(first.article().date()).isEqualTo(LocalDate.of(2019, 3, 12));
        GoldSentence s = first.sentences().get(0);
        assertThat(s.locator()).isNull();
        assertThat(s.events()).extracting(GoldEvent::primary).containsExactly("042", "043");
        assertThat(s.events().get(0).sourceCountry()).isEqualTo("NOR");
        assertThat(s.events().get(0).targetCountry()).isEqualTo("CHL");
        assertThat(s.events()).allMatch(GoldEvent::required);

        GoldDocument none = set.documents().get(1);
        assertThat(none.article().date()).isEqualTo(LocalDate.of(2012, 11, 8));
        assertThat(none.sentences().get(0).expectsNone()).isTrue();
        assertThat(none.sentences().get(0).events()).isEmpty();
        assertThat(none.article().text()).doesNotContain("Heavy\theavy");

        GoldEvent dashes = set.documents().get(2).sentences().get(0).events().get(0);
        assertThat(dashes.sourceCountry()).isNull();
        assertThat(dashes.sourceCode()).isEqualTo("---LEG");
        assertThat(dashes.targetCountry()).isEqualTo("PER");
    }

    @Test
    void readsPloverRecordsSkippingTheDocumentRecord() throws Exception {
        GoldSet set = GoldFiles.bundled().read(resource("plover-sample.json"), options());
        assertThat(set.format()).isEqualTo(GoldFormat.PLOVER_JSON);
        assertThat(set.scheme()).isEqualTo(Scheme.PLOVER);
        assertThat(set.documents()).extracting(GoldDocument::id).containsExactly("pl-1", "pl-2", "pl-3", "pl-4");
        assertThat(set.notes()).anyMatch(n -> n.contains("DOCUMENT")).anyMatch(n -> n.startsWith("pl-5"));

        GoldDocument protest = set.documents().get(0);
        assertThat(protest.article().date()).isEqualTo(LocalDate.of(2021, 6, 2));
        GoldEvent e = protest.sentences().get(0).events().get(0);
        assertThat(e.accept()).containsExactly("PROTEST");
        assertThat(e.mode()).isEqualTo("demonstrate");
        assertThat(e.sourceCountry()).isEqualTo("CAN");
        assertThat(e.targetCountry()).isEqualTo("CAN");
        // The publication date codes the text; event_date is when it happened, scored as date accuracy.
        assertThat(e.eventDate()).isEqualTo("2021-06-01");
        assertThat(set.notes()).anyMatch(n -> n.startsWith("pl-4: event date \"early June\""));

        // Two source countries (KEN twice): one event per distinct country pair, category upper-cased.
        List<GoldEvent> compound = set.documents().get(1).sentences().get(0).events();
        assertThat(compound).extracting(GoldEvent::sourceCountry).containsExactly("KEN", "UGA");
        assertThat(compound).extracting(GoldEvent::targetCountry).containsExactly("TZA", "TZA");
        assertThat(compound).extracting(GoldEvent::primary).containsOnly("AGREE");

        assertThat(set.documents().get(2).sentences().get(0).expectsNone()).isTrue();
        GoldEvent open = set.documents().get(3).sentences().get(0).events().get(0);
        assertThat(open.sourceCountry()).isNull();
        assertThat(open.targetCountry()).isNull();
    }

    @Test
    void readsASeedFormatGoldWithTheArticleNamedInItsAbout() throws Exception {
        resource("mini-article.txt");
        GoldSet set = GoldFiles.bundled().read(resource("mini-gold.json"), options());
        assertThat(set.format()).isEqualTo(GoldFormat.SEED);
        assertThat(set.article()).endsWith("mini-article.txt");
        GoldDocument doc = set.documents().get(0);
        assertThat(doc.article().date()).isEqualTo(LocalDate.of(2022, 5, 10));
        // E1 and E2 name the sentence with different spacing: two phrases, each found in the text.
        assertThat(doc.sentences()).extracting(GoldSentence::id).containsExactly("E1", "E2", "E3");
        for (GoldSentence s : doc.sentences()) {
            assertThat(s.locate(doc.article().text())).isNotNull();
        }
        GoldEvent e2 = doc.sentences().get(1).events().get(0);
        assertThat(e2.required()).isFalse();
        assertThat(e2.targetCountry()).isNull();
        assertThat(doc.checks().actors()).hasSize(1);
        assertThat(doc.checks().places().get(0).lat()).isEqualTo(-12.05);
        assertThat(doc.checks().placeToleranceKm()).isEqualTo(25);
    }

    @Test
    void dateOptionOverridesTheGoldsDateAndArticleOptionOverridesTheLookup() throws Exception {
        Path gold = resource("mini-gold.json");
        Path elsewhere = Files.createDirectories(dir.resolve("other")).resolve("copy.txt");
        Files.copy(GoldFilesTest.class.getResourceAsStream("mini-article.txt"), elsewhere);
        GoldSet set = GoldFiles.bundled().read(gold,
                new GoldOptions(elsewhere, LocalDate.of(2022, 5, 9), List.of(), TODAY));
        assertThat(set.article()).isEqualTo(elsewhere.toString());
        assertThat(set.documents().get(0).article().date()).isEqualTo(LocalDate.of(2022, 5, 9));
    }

    @Test
    void theSeedGoldFindsTheExampleBesideItOrTheBundledOne() throws Exception {
        Path example = Seed.gold();
        GoldSet beside = GoldFiles.bundled().read(example, options());
        assertThat(beside.article()).endsWith("iran-iraq-call.txt");
        assertThat(beside.documents().get(0).article().date()).isNull();

        Path alone = dir.resolve("seed-gold.json");
        Files.copy(example, alone);
        GoldSet bundled = GoldFiles.bundled().read(alone,
                new GoldOptions(null, null, List.of(Path.of("../examples/iran-iraq-call.txt")), TODAY));
        GoldDocument doc = bundled.documents().get(0);
        assertThat(doc.sentences().stream().mapToLong(s -> s.events().stream().filter(GoldEvent::required).count())
                .sum()).isEqualTo(5);
        assertThat(doc.sentences().stream().mapToInt(s -> s.events().size()).sum()).isEqualTo(13);
        assertThat(doc.article().text()).isEqualTo(Seed.article().text());
    }

    @Test
    void aSeedGoldWithoutItsArticleSaysHowToGiveIt() throws Exception {
        Path gold = resource("mini-gold.json");
        assertThatThrownBy(() -> GoldFiles.bundled().read(gold, options()))
                .isInstanceOf(GoldReadException.class)
                .hasMessageContaining(gold.toString()).hasMessageContaining("--article");
    }

    @Test
    void aSeedGoldThatDoesNotFitItsArticleIsRefused() throws Exception {
        Path gold = resource("mini-gold.json");
        Path wrong = dir.resolve("mini-article.txt");
        Files.writeString(wrong, "Nothing here matches the gold.\n");
        assertThatThrownBy(() -> GoldFiles.bundled().read(gold, options()))
                .isInstanceOf(GoldReadException.class).hasMessageContaining("E1").hasMessageContaining("not in the article");
    }

    @Test
    void badGoldFilesGiveOneLineErrorsNamingThem() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "just some words\n");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"events\": [\n");
        Path object = Files.writeString(dir.resolve("other.json"), "{\"rows\": []}");
        Path missing = dir.resolve("missing.json");
        for (Path p : List.of(text, broken, object, missing, dir)) {
            assertThatThrownBy(() -> GoldFiles.bundled().read(p, options()))
                    .isInstanceOf(GoldReadException.class)
                    .hasMessageStartingWith(p.toString())
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void theSharedPetrarchFileReadsWhole() throws Exception {
        Path xml = Seed.shared("dev-events/PETR2_GSR_validation.xml");
        Assumptions.assumeTrue(xml != null, "../shared/data absent");
        GoldSet set = GoldFiles.bundled().read(xml, options());
        assertThat(set.documents()).hasSize(77);
        long events = set.documents().stream().flatMap(d -> d.sentences().stream())
                .mapToLong(s -> s.events().size()).sum();
        assertThat(events).isEqualTo(79);
        assertThat(set.documents().stream().filter(d -> d.sentences().get(0).expectsNone())).hasSize(12);
        assertThat(set.documents()).allMatch(d -> d.article().date() != null);
    }

    @Test
    void readsAnEventTableByItsHeaderAndSkipsBadRowsWithANote() throws Exception {
        GoldSet set = GoldFiles.bundled().read(resource("table-sample.tsv"), options());
        assertThat(set.format()).isEqualTo(GoldFormat.EVENT_TABLE);
        assertThat(set.format().levels()).contains(Level.CODE_ACTORS);
        assertThat(set.documents()).extracting(GoldDocument::id).containsExactly("r1", "r2", "r7");
        GoldEvent chile = set.documents().get(0).sentences().get(0).events().get(0);
        assertThat(chile.accept()).containsExactly("073");
        assertThat(chile.sourceCode()).isEqualTo("CHL");
        assertThat(chile.targetCountry()).isEqualTo("HTI");
        assertThat(set.documents().get(0).article().date()).isEqualTo(LocalDate.of(2021, 8, 16));
        GoldEvent farmers = set.documents().get(1).sentences().get(0).events().get(0);
        assertThat(farmers.sourceCode()).as("upper-cased").isEqualTo("KENAGR");
        assertThat(farmers.targetCode()).isEqualTo("---");
        assertThat(farmers.targetCountry()).as("no target: unconstrained by country").isNull();
        assertThat(farmers.note()).isEqualTo("no target named");
        assertThat(set.documents().get(1).article().date()).isNull();
        assertThat(set.documents().get(2).sentences().get(0).events().get(0).targetCode()).isEqualTo("---");
        assertThat(set.notes()).hasSize(5);
        assertThat(set.notes().get(0)).contains("r3").contains("not YYYY-MM-DD");
        assertThat(set.notes().get(1)).contains("\"999\" is not a CAMEO event code");
        assertThat(set.notes().get(2)).contains("source \"Peru\" is not a CAMEO actor code");
        assertThat(set.notes().get(3)).contains("id r1 repeats an earlier row");
        assertThat(set.notes().get(4)).contains("r6 has no sentence");
        assertThat(set.notes()).allSatisfy(n -> assertThat(n).startsWith("line ").endsWith(", skipped"));
        assertThat(GoldFormat.PETRARCH_XML.levels()).doesNotContain(Level.CODE_ACTORS);
    }

    @Test
    void anEventTableRowMayListOptionalEventsTheCodebookAlsoGives() throws Exception {
        GoldSet set = GoldFiles.bundled().read(resource("table-also.tsv"), options());
        assertThat(set.documents()).extracting(GoldDocument::id).containsExactly("a1", "a2");
        List<GoldEvent> talks = set.documents().get(0).sentences().get(0).events();
        assertThat(talks).extracting(GoldEvent::required).containsExactly(true, false);
        assertThat(talks.get(1).accept()).containsExactly("040");
        assertThat(talks.get(1).sourceCode()).isEqualTo("CHL");
        assertThat(talks.get(1).targetCountry()).isEqualTo("PER");
        List<GoldEvent> visit = set.documents().get(1).sentences().get(0).events();
        assertThat(visit).hasSize(3);
        assertThat(visit.get(1).accept()).containsExactly("042");
        assertThat(visit.get(2).sourceCode()).isEqualTo("GHA");
        assertThat(set.notes()).hasSize(2);
        assertThat(set.notes().get(0)).contains("a3").contains("\"051 PER\" is not CODE SOURCE>TARGET");
        assertThat(set.notes().get(1)).contains("a4").contains("\"999\" is not a CAMEO event code");
    }
}
