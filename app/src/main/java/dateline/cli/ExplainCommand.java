package dateline.cli;

import dateline.actor.Actor;
import dateline.event.Event;
import dateline.event.Explanation;
import dateline.nlp.AnnotatedArticle;
import dateline.pipeline.CodedArticle;
import dateline.pipeline.ParseDecision;
import dateline.pipeline.ParsePlan;
import dateline.pipeline.Pipeline;
import dateline.nlp.Dependency;
import dateline.nlp.Sentence;
import dateline.nlp.Token;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dateline explain FILE [--sentence N]}: the article coded exactly as {@code dateline code} codes it, then
 * for every sentence whether it was parsed and why, or for sentence N the tokens and dependencies, the actors
 * found in it, every trigger word with the patterns tried, and why each event was or was not produced.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show how an article was coded: without --sentence, whether each sentence was parsed and why; "
                + "with it, that sentence's tokens, dependencies, actors, patterns tried and why each event was or "
                + "was not produced.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A text, HTML or JSON Lines file (the first article is used).")
    Path file;

    @Option(names = "--sentence", description = "Sentence number, from 0 (as the list without --sentence prints).")
    Integer sentence;

    @Mixin
    PublicationDate published;

    @Option(names = "--all-patterns", description = "List every pattern tried, not only the ones that matched.")
    boolean allPatterns;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean[] done = {false};
        boolean[] outOfRange = {false};
        int code = new Inputs().forEach(List.of(file), published.date, err, read -> {
            if (done[0]) {
                return;
            }
            done[0] = true;
            Pipeline pipeline = Pipeline.bundled();
            // Coded as `code` codes it (same parse selection, same annotation), so the explanation is of what was coded.
            Pipeline.PlannedCoding run = pipeline.codeWithPlan(read.article());
            CodedArticle coded = run.coded();
            int count = coded.annotation().sentences().size();
            if (sentence != null && (sentence < 0 || sentence >= count)) {
                err.println("dateline: " + read.input() + ": --sentence " + sentence + " is out of range: it has "
                        + count + " sentences, numbered from 0");
                outOfRange[0] = true;
                return;
            }
            out.println(pipeline);
            coded.notes().forEach(n -> out.println("note: " + n));
            if (sentence == null) {
                printPlan(out, run.plan(), coded);
            } else {
                out.println();
                print(out, pipeline.explain(coded, sentence), run.plan().of(sentence), coded.annotation());
            }
        });
        out.flush();
        err.flush();
        return outOfRange[0] ? 1 : code;
    }

    /** One line per sentence: parsed or not, why, and how the sentence starts. */
    private static void printPlan(PrintWriter out, ParsePlan plan, CodedArticle coded) {
        out.printf("%d of %d sentences parsed%n%n", plan.chosen().size(), plan.decisions().size());
        for (ParseDecision d : plan.decisions()) {
            Sentence s = coded.annotation().sentences().get(d.sentence());
            String text = coded.article().slice(s.span()).replaceAll("\\s+", " ");
            long events = coded.events().stream().filter(e -> e.sentence() == s.index()).count();
            out.printf("[%d] %s%n     %s%s%n", s.index(), d.describe(), text.length() > 100 ? text.substring(0, 100) + "…" : text,
                    events == 0 ? "" : "  (" + events + (events == 1 ? " event)" : " events)"));
        }
    }

    private void print(PrintWriter out, Explanation x, ParseDecision decision, AnnotatedArticle a) {
        Sentence s = x.sentence();
        out.printf("[%d] %s%n%n", s.index(), x.text());
        out.println(decision.describe());
        out.println();
        out.println("tokens:");
        for (Token t : s.tokens()) {
            Dependency d = s.headOf(t.index());
            out.printf("  %3d %-16s %-14s %-5s %-12s %s%n", t.index(), t.word(), t.lemma(), t.pos(), t.ner(),
                    d == null ? "-" : d.relation() + "(" + (d.governor() < 0 ? "ROOT" : d.governor()) + ")");
        }
        out.println();
        out.println("actors:" + (x.actors().isEmpty() ? " none" : ""));
        for (Actor act : x.actors()) {
            out.printf("  %-10s %s tokens %d-%d (%s)%n", act.code(), a.article().slice(act.span()), act.tokenStart(),
                    act.tokenEnd() - 1, act.rule());
        }
        out.println();
        if (x.note() != null) {
            out.println("note: " + x.note());
        }
        for (Explanation.TriggerTrace t : x.triggers()) {
            out.printf("trigger %d '%s': %s%n", t.token(), t.lemma(), t.outcome());
            if (t.chosen() != null) {
                out.println("  pattern: " + t.chosen());
            }
            if (t.source() != null) {
                out.println("  source:  " + t.source());
                out.println("  target:  " + t.target());
            }
            long failed = t.tried().stream().filter(p -> p.failure() != null).count();
            for (Explanation.Tried p : t.tried()) {
                if (p.failure() == null) {
                    out.printf("  matched %-28s %s%n", p.pattern(), p.code());
                } else if (allPatterns) {
                    out.printf("  tried   %-28s %-8s %s%n", p.pattern(), p.code(), p.failure());
                }
            }
            if (!allPatterns && failed > 0) {
                out.printf("  (%d other patterns did not match; --all-patterns lists them)%n", failed);
            }
        }
        out.println();
        out.println("events:" + (x.events().isEmpty() ? " none" : ""));
        for (Event e : x.events()) {
            out.printf("  %-5s %s -> %s  %s  trigger \"%s\"  quad %d  goldstein %.1f  plover %s%s%s  rule %s%n",
                    e.code(), e.source() == null ? "-" : e.source().code(), e.target() == null ? "-" : e.target().code(),
                    e.flags().isEmpty() ? "" : e.flags().toString(), a.article().slice(e.trigger()), e.quadClass(),
                    e.goldstein(), e.ploverCategory(), e.ploverMode() == null ? "" : "/" + e.ploverMode(),
                    e.isRoot() ? "  root" : "", e.rule());
        }
    }
}
