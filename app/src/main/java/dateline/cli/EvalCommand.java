package dateline.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dateline.cameo.Codebook;
import dateline.eval.EvalReport;
import dateline.eval.Evaluator;
import dateline.eval.GoldFile;
import dateline.eval.GoldFiles;
import dateline.eval.GoldOptions;
import dateline.eval.GoldReadException;
import dateline.eval.GoldSet;
import dateline.eval.PentaEvaluator;
import dateline.eval.PentaReport;
import dateline.eval.PentaReportJson;
import dateline.eval.PentaReportText;
import dateline.eval.PentaSet;
import dateline.eval.ReportJson;
import dateline.eval.ReportText;
import dateline.pipeline.Pipeline;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dateline eval}: runs the pipeline over gold-standard files and prints precision, recall and F1 per level,
 * a root confusion table and per-sentence details. One pipeline serves every gold file.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the pipeline against gold standards: the seed gold JSON, PETRARCH validation XML, "
                + "PLOVER gold-standard JSON or a PentaClass news set in JSON Lines (recognised by content).",
            "Exit code 0 whatever the scores; 1 when a gold file cannot be read."})
final class EvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD", arity = "1..*", description = "Gold files.")
    List<Path> golds;

    @Mixin
    TextOrJson output;

    @Option(names = "--article", paramLabel = "FILE",
            description = "The article a seed-format gold annotates (default: beside the gold, or the bundled "
                    + "example for the project's seed gold).")
    Path article;

    @Option(names = "--date", description = "Publication date (YYYY-MM-DD) of the seed-format article; the seed "
            + "gold gives none (the call took place on 2020-11-28).")
    LocalDate date;

    @Option(names = "--details", paramLabel = "FILE",
            description = "Also write every scored sentence as one JSON object a line (gold, id, expected and coded "
                    + "events with codes, actors, triggers and rules) to FILE, for inspecting errors.")
    Path details;

    /** Created once a gold file has been read, so a bad gold fails fast; then reused for every gold. */
    private Pipeline pipeline;

    @Override
    public Integer call() {
        PrintWriter out = output.out();
        GoldOptions options = new GoldOptions(article, date, bundledExample(), LocalDate.now(ZoneOffset.UTC));
        GoldFiles files = GoldFiles.bundled();
        List<Map<String, Object>> json = new ArrayList<>();
        List<Map<String, Object>> detailLines = new ArrayList<>();
        int exit = new Batch(output.err()).forEach(golds, Path::toString, gold -> {
            GoldFile file;
            try {
                file = files.readAny(gold, options);
            } catch (GoldReadException e) {
                throw new Batch.BadInput(e.getMessage());
            }
            Map<String, Object> tree;
            List<?> sentenceDetails;
            if (file instanceof PentaSet set) {
                PentaReport report = new PentaEvaluator(pipeline()::code, Codebook.bundled()).evaluate(set);
                tree = PentaReportJson.tree(report);
                sentenceDetails = PentaReportJson.details(report);
                if (!output.json()) {
                    PentaReportText.print(report, out);
                }
            } else {
                EvalReport report = new Evaluator(pipeline()::code).evaluate((GoldSet) file);
                tree = ReportJson.tree(report);
                sentenceDetails = ReportJson.details(report);
                if (!output.json()) {
                    ReportText.print(report, out);
                }
            }
            out.flush();
            json.add(tree);
            for (Object d : sentenceDetails) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("gold", file.source());
                if (d instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> line.put(String.valueOf(k), v));
                }
                detailLines.add(line);
            }
        });
        if (output.json()) {
            Json.print(out, json.size() == 1 && golds.size() == 1 ? json.get(0) : Map.of("reports", json));
            out.flush();
        }
        if (details != null && !writeDetails(detailLines, output.err())) {
            exit = 1;
        }
        return exit;
    }

    private Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.bundled();
        }
        return pipeline;
    }

    /** Writes one JSON object a line per scored sentence; false (with an error line) when the file cannot be written. */
    private boolean writeDetails(List<Map<String, Object>> lines, PrintWriter err) {
        ObjectWriter writer = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
        try (BufferedWriter w = Files.newBufferedWriter(details, StandardCharsets.UTF_8)) {
            for (Map<String, Object> line : lines) {
                w.write(writer.writeValueAsString(line));
                w.newLine();
            }
            return true;
        } catch (IOException e) {
            err.println("dateline: " + details + ": cannot write the details (" + e.getMessage() + ")");
            err.flush();
            return false;
        }
    }

    /** Where the bundled example may be: under the working directory, then beside the installed application. */
    private static List<Path> bundledExample() {
        List<Path> out = new ArrayList<>();
        out.add(Path.of("examples", "iran-iraq-call.txt"));
        try {
            Path code = Path.of(EvalCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // app/target/dateline-app.jar or app/target/classes: the repository is two levels up.
            Path repo = code.getParent() == null ? null : code.getParent().getParent();
            if (repo != null && repo.getParent() != null) {
                out.add(repo.getParent().resolve("examples").resolve("iran-iraq-call.txt"));
            }
        } catch (URISyntaxException | RuntimeException e) {
            // No code location (unusual class loader): the working directory is all we try.
        }
        return out;
    }
}
