package dateline.event;

import dateline.actor.Actor;
import dateline.actor.ActorMentions;
import dateline.actor.CompoundActor;
import dateline.actor.DateBasis;
import dateline.article.Article;
import dateline.article.Span;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.Dependency;
import dateline.nlp.Sentence;
import dateline.nlp.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Test fixture: one sentence written as a CoNLL-U parse, so that a test states the parse its rule needs instead of
 * running CoreNLP. Columns as in CoNLL-U (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC), separated by
 * white space; XPOS is the Penn tag the coder reads, UPOS, FEATS and DEPS are not read. MISC may give
 * {@code Actor=CODE} (the token is, or with its neighbours of the same code is part of, an actor mention) and
 * {@code NER=TAG}. A comment {@code # coord = 1 3} makes the actors at those token ids one coordination
 * ("Chile and Argentina"), as the actor stage does.
 *
 * <p>Parses live in CoNLL-U files beside this class under the test resources, one sentence block per case, blocks
 * separated by blank lines, each named by a {@code # sent_id = NAME} comment and shown by a {@code # text = ...}
 * comment; {@link #load} reads one by name.
 */
final class ConlluFixture {
    private final AnnotatedArticle article;
    private final ActorMentions actors;

    private ConlluFixture(AnnotatedArticle article, ActorMentions actors) {
        this.article = article;
        this.actors = actors;
    }

    /**
     * The sentence {@code sentId} of the CoNLL-U resource {@code file} (in this class's package).
     *
     * @throws IllegalArgumentException naming the file and the sent_id when either is missing
     */
    static ConlluFixture load(String file, String sentId) {
        String content;
        try (InputStream in = ConlluFixture.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalArgumentException("CoNLL-U file " + file + ": no such test resource in "
                        + ConlluFixture.class.getPackageName());
            }
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("CoNLL-U file " + file + ": " + e.getMessage(), e);
        }
        for (String block : content.split("\\R\\s*\\R")) {
            for (String line : block.strip().split("\\R")) {
                String[] kv = line.strip().startsWith("#") ? line.strip().substring(1).split("=", 2) : null;
                if (kv != null && kv.length == 2 && kv[0].strip().equals("sent_id")
                        && kv[1].strip().equals(sentId)) {
                    return parse(block);
                }
            }
        }
        throw new IllegalArgumentException("CoNLL-U file " + file + ": no sentence with sent_id " + sentId);
    }

    static ConlluFixture parse(String conllu) {
        List<String[]> rows = new ArrayList<>();
        List<Integer> coord = new ArrayList<>();
        int lineNo = 0;
        for (String line : conllu.strip().split("\n")) {
            lineNo++;
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                String[] kv = line.substring(1).split("=", 2);
                if (kv.length == 2 && kv[0].strip().equals("coord")) {
                    for (String id : kv[1].strip().split("\\s+")) {
                        coord.add(Integer.parseInt(id) - 1);
                    }
                }
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length != 10) {
                throw new IllegalArgumentException("CoNLL-U line " + lineNo + ": " + f.length
                        + " columns, expected 10: " + line);
            }
            if (Integer.parseInt(f[0]) != rows.size() + 1) {
                throw new IllegalArgumentException("CoNLL-U line " + lineNo + ": id " + f[0] + ", expected "
                        + (rows.size() + 1));
            }
            rows.add(f);
        }
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i);
            if (i > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(f[1]);
            String ner = misc(f[9]).getOrDefault("NER", "O");
            tokens.add(new Token(i, new Span(start, text.length()), f[1], f[2], f[4], ner));
            deps.add(new Dependency(Integer.parseInt(f[6]) - 1, i, f[7]));
        }
        Sentence s = new Sentence(0, 0, new Span(0, text.length()), tokens, deps, true);
        Article a = new Article(Article.idOf("conllu", text.toString()), "conllu", null, null, null, null, null,
                LocalDate.of(2020, 6, 1), null, text.toString(), List.of(), List.of(), "en", List.of());
        AnnotatedArticle annotated = new AnnotatedArticle(a, List.of(s), List.of(), List.of());
        return new ConlluFixture(annotated, actors(rows, tokens, coord));
    }

    private static ActorMentions actors(List<String[]> rows, List<Token> tokens, List<Integer> coord) {
        List<Actor> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String code = misc(rows.get(i)[9]).get("Actor");
            if (code == null) {
                continue;
            }
            int end = i + 1;
            while (end < rows.size() && code.equals(misc(rows.get(end)[9]).get("Actor"))) {
                end++;
            }
            Span span = tokens.get(i).span().union(tokens.get(end - 1).span());
            out.add(new Actor(code, code, Actor.countryOf(code), null, span, 0, i, end, "conllu", "name",
                    DateBasis.UNDATED, null));
            i = end - 1;
        }
        List<CompoundActor> compounds = new ArrayList<>();
        if (!coord.isEmpty()) {
            List<Actor> members = new ArrayList<>();
            for (int t : coord) {
                out.stream().filter(a -> a.tokenStart() <= t && t < a.tokenEnd()).findFirst().ifPresent(members::add);
            }
            Actor first = members.get(0);
            Actor last = members.get(members.size() - 1);
            compounds.add(new CompoundActor(members, first.span().union(last.span()), 0, first.tokenStart(),
                    last.tokenEnd()));
        }
        return new ActorMentions(out, compounds);
    }

    private static Map<String, String> misc(String field) {
        if (field.equals("_")) {
            return Map.of();
        }
        java.util.HashMap<String, String> out = new java.util.HashMap<>();
        for (String kv : field.split("\\|")) {
            String[] p = kv.split("=", 2);
            out.put(p[0], p.length == 2 ? p[1] : "");
        }
        return out;
    }

    AnnotatedArticle article() {
        return article;
    }

    ActorMentions actors() {
        return actors;
    }

    DependencyTree tree() {
        return new DependencyTree(article.sentences().get(0));
    }

    /** The index of the first token written {@code form}. */
    int token(String form) {
        for (Token t : article.sentences().get(0).tokens()) {
            if (t.word().equals(form)) {
                return t.index();
            }
        }
        throw new AssertionError("no token '" + form + "' in: " + article.article().text());
    }

    /** The argument finder over this parse; {@code triggers} are the lemmas that count as some pattern's trigger. */
    ArgumentFinder finder(Set<String> triggers) {
        Predicate<String> trigger = triggers::contains;
        return ArgumentFinder.of(tree(), actors, 0, trigger);
    }

    /** The events the bundled coder gives this parse, as "code SOURCE>TARGET". */
    List<String> events() {
        return EventCoder.bundled().explain(article, actors, List.of(), 0).events().stream()
                .map(e -> e.code() + " " + (e.source() == null ? "-" : e.source().code()) + ">"
                        + (e.target() == null ? "-" : e.target().code()))
                .toList();
    }

    /** What the bundled coder's trace says about this parse, one line per trigger. */
    List<String> outcomes() {
        return EventCoder.bundled().explain(article, actors, List.of(), 0).triggers().stream()
                .map(t -> t.lemma() + ": " + t.outcome()).toList();
    }

    /** A match of a pattern of {@code code} with no conditions, for asking the argument finder about one trigger. */
    static PatternMatcher.Match match(String code) {
        Pattern p = new Pattern("test:1", code, null, Set.of("x"), 'V', List.of(), true, true);
        return new PatternMatcher.Match(p, Map.of());
    }

    /** The target candidates of the trigger for a pattern of {@code code}, best first, as "CODE RULE". */
    List<String> targets(ArgumentFinder args, String trigger, String code) {
        return args.targetActors(token(trigger), match(code)).stream()
                .map(a -> a.actor().code() + " " + a.from().rule()).toList();
    }

    /** The best source candidate of the trigger as "CODE RULE", or "-" when there is none. */
    String source(ArgumentFinder args, String trigger) {
        List<ArgumentFinder.Argument> s = args.sourceActors(token(trigger));
        return s.isEmpty() ? "-" : s.get(0).actor().code() + " " + s.get(0).from().rule();
    }
}
