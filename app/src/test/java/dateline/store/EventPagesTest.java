package dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counting, sorting, paging and the batched export over a store with known event rows. */
class EventPagesTest {
    @TempDir
    Path dir;

    @Test
    void exportPagesThroughSmallBatchesWithoutLosingOrRepeatingRows() throws Exception {
        try (Store s = Store.open(dir)) {
            StoreWriter w = new StoreWriter(s, false);
            // Two events an article, each on its own day: 10 event rows.
            for (int i = 0; i < 5; i++) {
                w.write(List.of(Fixtures.talks("wire-" + i + ".txt", "Agency " + i,
                        Fixtures.TALKS + " Note " + i + " of the series follows.", LocalDate.of(2021, 3, 1 + i), 0.0)));
            }
            EventPages pages = new EventPages(s);
            EventPages.Scope all = EventPages.Scope.of(EventFilter.all(0));
            assertThat(pages.count(all)).isEqualTo(10);
            for (int batch : new int[] {1, 3, 10, 11}) {
                List<Long> ids = new ArrayList<>();
                long n = pages.export(all, batch, row -> ids.add(((Number) row.get(0)).longValue()));
                assertThat(n).as("batch %d", batch).isEqualTo(10);
                assertThat(ids).as("batch %d", batch).hasSize(10).isSorted().doesNotHaveDuplicates();
            }
            EventFilter agreed = new EventFilter(null, null, null, "057", null, null, null, null, null, null, null,
                    null, null, 0, false);
            List<Object> rows = new ArrayList<>();
            pages.export(EventPages.Scope.of(agreed), 2, rows::add);
            assertThat(rows).hasSize(5);

            Table newest = pages.page(all, EventPages.Sort.NEWEST, 0, 3);
            assertThat(newest.column("day")).containsExactly("2021-03-05", "2021-03-05", "2021-03-04");
            Table secondPage = pages.page(all, new EventPages.Sort(EventPages.SortKey.goldstein, false), 8, 5);
            assertThat(secondPage.column("goldstein")).containsExactly(8.0, 8.0);
            assertThat(pages.columns()).isEqualTo(newest.columns());
            assertThat(pages.knownActor("NOR")).isTrue();
            assertThat(pages.knownActor("NORWAY")).isFalse();
        }
    }
}
