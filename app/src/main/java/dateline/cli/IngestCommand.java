package dateline.cli;

import dateline.ingest.IngestSummary;
import dateline.ingest.Ingester;
import dateline.pipeline.Pipeline;
import dateline.store.Store;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline ingest}: codes articles and stores them, skipping those already stored. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Code articles and store them: files, directories (recursive), globs, JSON Lines "
                + "(plain or .gz), RSS/Atom feed files.",
            "Articles already stored are skipped; a changed text for a known source is stored as a new version."})
final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories or glob patterns.")
    List<String> paths;

    @Mixin
    StoreOption store;

    @Mixin
    PublicationDate published;

    @Option(names = "--threads", description = "Coding threads (default: cores, as far as the heap allows).")
    Integer threads;

    @Option(names = "--batch", defaultValue = "32", description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--sentence-text", description = "Also store each sentence's text in the sentences table.")
    boolean sentenceText;

    @Option(names = "--no-progress", description = "Do not show the progress bar.")
    boolean noProgress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (PublicationDate.inFuture(published.date, LocalDate.now(ZoneOffset.UTC), err)) {
            return 2;
        }
        int n = threads != null ? Math.max(1, threads) : defaultThreads();
        IngestSummary s;
        try (Store st = Store.open(store.dir)) {
            Pipeline shared = Pipeline.bundled();
            Ingester ingester = new Ingester(st, () -> shared::code,
                    new Ingester.Options(n, Math.max(1, batch), published.date, sentenceText));
            if (noProgress) {
                s = ingester.run(paths, new Ingester.Progress() {
                    @Override
                    public void total(long total) {
                    }

                    @Override
                    public void step() {
                    }
                });
            } else {
                try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(-1)
                        .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).showSpeed()
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(500)
                        .continuousUpdate().build()) {
                    s = ingester.run(paths, new Ingester.Progress() {
                        @Override
                        public void total(long total) {
                            bar.maxHint(total);
                        }

                        @Override
                        public void step() {
                            bar.step();
                        }
                    });
                }
            }
        }
        out.printf(Locale.ROOT, "read %d, coded %d, stored %d (%d new versions, %d exact and %d near duplicates), "
                + "skipped %d already stored, failed %d%n", s.read(), s.coded(), s.stored(), s.newVersions(),
                s.exactDuplicates(), s.nearDuplicates(), s.skipped(), s.failures().size());
        out.printf(Locale.ROOT, "%d event mentions; %.1f s, %.2f articles/s, %.0f tokens/s; store %s%n",
                s.mentions(), s.elapsed().toMillis() / 1000.0, s.articlesPerSecond(), s.tokensPerSecond(),
                store.dir);
        for (String f : s.failures()) {
            err.println("dateline: " + f);
        }
        out.flush();
        err.flush();
        return s.failures().isEmpty() ? 0 : 1;
    }

    /** One coding thread per core: the threads share one pipeline, so the models are in memory once. */
    static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
