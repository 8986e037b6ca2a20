package dateline.nlp;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves third-person singular personal pronouns to PERSON mentions by salience, in place of CoreNLP's
 * statistical coreference (which costs more than the rest of the pipeline together).
 *
 * <p>The rule follows newswire habits: a pronoun refers to the person who is the grammatical subject of the
 * nearest preceding sentence that has one; failing a parse, to the first person named in that sentence. Within
 * its own sentence a pronoun may refer to a person named before it in subject position ("Rouhani said he ...").
 * It looks back at most {@value #MAX_SENTENCES_BACK} sentences. A person whose name shows the other gender
 * ({@link NameGender}: "Mrs.", "Queen", a first name) is passed over: "her" never refers to a man. Only he/she
 * forms are linked: "they" and "it" never refer to one person.
 */
public final class PronounResolver {
    static final int MAX_SENTENCES_BACK = 4;
    private static final Pronouns PRONOUNS = Pronouns.bundled();
    private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:pass", "csubj");

    private final NameGender genders;

    /** A resolver with the bundled name and title genders. */
    public PronounResolver() {
        this(NameGender.bundled());
    }

    PronounResolver(NameGender genders) {
        this.genders = genders;
    }

    public List<PronounLink> resolve(List<Sentence> sentences, List<EntityMention> entities) {
        List<PronounLink> links = new ArrayList<>();
        List<EntityMention> persons = entities.stream().filter(e -> e.type().equals("PERSON")).toList();
        Map<EntityMention, NameGender.Gender> gender = new IdentityHashMap<>();
        for (EntityMention e : persons) {
            gender.put(e, genders.of(e, sentences, persons));
        }
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                if (!t.pos().startsWith("PRP") || !PRONOUNS.isGendered(t.word())) {
                    continue;
                }
                NameGender.Gender wanted = NameGender.ofPronoun(t.word());
                List<EntityMention> agreeing = persons.stream()
                        .filter(e -> gender.get(e) == NameGender.Gender.UNKNOWN || gender.get(e) == wanted).toList();
                PronounLink link = resolve(s, t, sentences, agreeing);
                if (link != null) {
                    links.add(link);
                }
            }
        }
        return links;
    }

    private PronounLink resolve(Sentence s, Token pronoun, List<Sentence> sentences, List<EntityMention> entities) {
        // Same sentence: a person before the pronoun, in subject position.
        for (EntityMention e : persons(entities, s.index())) {
            if (e.tokenEnd() <= pronoun.index() && isSubject(s, e)) {
                return new PronounLink(pronoun.span(), s.index(), pronoun.index(), e, "subject earlier in the sentence");
            }
        }
        for (int back = 1; back <= MAX_SENTENCES_BACK && s.index() - back >= 0; back++) {
            Sentence prev = sentences.get(s.index() - back);
            List<EntityMention> people = persons(entities, prev.index());
            if (people.isEmpty()) {
                continue;
            }
            for (EntityMention e : people) {
                if (isSubject(prev, e)) {
                    return new PronounLink(pronoun.span(), s.index(), pronoun.index(), e,
                            "subject of sentence " + prev.index());
                }
            }
            return new PronounLink(pronoun.span(), s.index(), pronoun.index(), people.get(0),
                    "first person named in sentence " + prev.index());
        }
        return null;
    }

    private static List<EntityMention> persons(List<EntityMention> entities, int sentence) {
        return entities.stream().filter(e -> e.sentence() == sentence && e.type().equals("PERSON")).toList();
    }

    /**
     * A mention is a subject when one of its tokens is a subject, or hangs by apposition or compound off a subject
     * ("The Prime Minister of Iraq, Mustafa Al-Kazemi, mentioned ...").
     */
    static boolean isSubject(Sentence s, EntityMention e) {
        for (int i = e.tokenStart(); i < e.tokenEnd(); i++) {
            int tok = i;
            for (int hops = 0; hops < 3; hops++) {
                Dependency d = s.headOf(tok);
                if (d == null) {
                    break;
                }
                if (SUBJECT_RELATIONS.contains(d.relation())) {
                    return true;
                }
                if (!(d.relation().equals("appos") || d.relation().equals("compound") || d.relation().equals("flat"))) {
                    break;
                }
                tok = d.governor();
            }
        }
        return false;
    }
}
