package dateline.event;

import dateline.nlp.Dependency;
import dateline.nlp.Sentence;
import dateline.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A sentence's dependency edges indexed for walking: head and relation of each token, children in order. */
final class DependencyTree {
    final Sentence sentence;
    final int[] head;
    final String[] rel;
    final String[] lemma;
    final String[] word;
    private final List<List<Integer>> children;

    DependencyTree(Sentence s) {
        this.sentence = s;
        int n = s.tokens().size();
        head = new int[n];
        rel = new String[n];
        lemma = new String[n];
        word = new String[n];
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            head[i] = Dependency.ROOT;
            rel[i] = "root";
            Token t = s.tokens().get(i);
            lemma[i] = t.lemma().toLowerCase(Locale.ROOT);
            word[i] = t.word().toLowerCase(Locale.ROOT);
            children.add(new ArrayList<>(2));
        }
        for (Dependency d : s.dependencies()) {
            if (d.dependent() >= 0 && d.dependent() < n) {
                head[d.dependent()] = d.governor();
                rel[d.dependent()] = d.relation();
                if (d.governor() >= 0 && d.governor() < n) {
                    children.get(d.governor()).add(d.dependent());
                }
            }
        }
        for (List<Integer> c : children) {
            c.sort(null);
        }
    }

    int size() {
        return head.length;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    List<Integer> children(int i) {
        return children.get(i);
    }

    /** The first child of {@code i} whose relation is one of {@code rels} (exact or as a prefix before ':'). */
    int child(int i, String... rels) {
        for (int c : children.get(i)) {
            for (String r : rels) {
                if (rel[c].equals(r)) {
                    return c;
                }
            }
        }
        return -1;
    }

    boolean hasChild(int i, String relation) {
        return child(i, relation) >= 0;
    }

    /** The preposition (case or mark child) introducing {@code i}, lower case, or null. */
    String preposition(int i) {
        for (int c : children.get(i)) {
            if (rel[c].equals("case") || rel[c].equals("mark")) {
                return lemma[c];
            }
        }
        return null;
    }

    /**
     * The subject of an adverbial clause that is really a prepositional object and a controlled infinitive: the
     * parser reads "called on banks to lend" as a clause "on banks to lend" (mark "on", subject "banks", mark
     * "to"). Returns the subject when {@code i} is such an {@code advcl}, introduced by {@code prep} ahead of its
     * subject, else -1.
     */
    int clausalPrepositionObject(int i, java.util.Set<String> preps) {
        if (!rel[i].equals("advcl")) {
            return -1;
        }
        int mark = -1;
        int subject = -1;
        boolean to = false;
        for (int c : children.get(i)) {
            if (rel[c].equals("mark") && mark < 0 && subject < 0) {
                mark = c;
            } else if (rel[c].equals("nsubj") && mark >= 0 && subject < 0) {
                subject = c;
            } else if (rel[c].equals("mark") && subject >= 0 && lemma[c].equals("to")) {
                to = true;
            }
        }
        return mark >= 0 && subject >= 0 && to && preps.contains(lemma[mark]) ? subject : -1;
    }

    /** Whether {@code i} is a passive verb (has a passive subject or passive auxiliary, or is a reduced passive). */
    boolean isPassive(int i) {
        return child(i, "nsubj:pass", "aux:pass", "csubj:pass") >= 0 || reducedPassive(i);
    }

    /**
     * A past participle with a by-phrase and no auxiliary: "soldiers captured by rebels", which the parser often
     * attaches as a clause with "soldiers" as its plain subject. The subject undergoes the act.
     */
    boolean reducedPassive(int i) {
        if (!sentence.tokens().get(i).pos().equals("VBN") || child(i, "aux") >= 0) {
            return false;
        }
        if (rel[i].startsWith("csubj") && child(i, "mark") < 0 && child(i, "nsubj") >= 0) {
            // "The prisoners jailed for spying were freed": a bare participle read as the clausal subject of
            // the main verb has no auxiliary to make it active, so its subject is what it was done to.
            return true;
        }
        for (int c : children.get(i)) {
            if (rel[c].startsWith("obl") && "by".equals(preposition(c))) {
                return true;
            }
        }
        // "rescued the passengers freed so far": a bare participle with a subject, no auxiliary, object or
        // subordinator is a reduced relative the parser made a clause of; its subject undergoes the act. With a
        // subordinator ("after the regime ceded") it is a finite clause whose past tense was tagged VBN.
        return !rel[i].equals("root") && !rel[i].equals("acl:relcl") && child(i, "nsubj") >= 0
                && child(i, "aux:pass", "cop", "obj", "mark") < 0;
    }

    /**
     * A bare past participle clause without a subject, auxiliary or object, hung from another clause: "is dead,
     * killed in an airstrike", "rebels attack when attacked by troops", "stands accused of fraud". It is passive, and what it was done to is
     * the governing clause's subject ({@link #describedSubject}).
     */
    boolean participleClause(int i) {
        String r = rel[i];
        return sentence.tokens().get(i).pos().equals("VBN") && head[i] >= 0
                && (r.equals("advcl") || r.equals("dep") || r.equals("parataxis") || r.equals("xcomp"))
                && child(i, "nsubj", "nsubj:pass", "aux", "aux:pass", "cop", "obj") < 0 && !asMarked(i);
    }

    /** "as opposed to", "as expected", "as compared with": a fixed phrase, not an act. */
    private boolean asMarked(int i) {
        for (int c : children.get(i)) {
            if (c < i && lemma[c].equals("as")) {
                return true; // as mark, or as the parser's dep
            }
        }
        return false;
    }

    /** The subject of the clause that participle clause {@code i} describes, or -1. */
    int describedSubject(int i) {
        return participleClause(i) ? child(head[i], "nsubj", "nsubj:pass") : sharedPassiveSubject(i);
    }

    /** Relations by which a predicate adjective or participle hangs from its clause's verb. */
    private static final Set<String> PREDICATE_RELS = Set.of("xcomp", "dep", "advcl", "parataxis");

    /**
     * The subject that conjunct verb {@code i} undergoes, or -1. A past form with no subject, auxiliary or object of
     * its own shares its first conjunct's voice: joined to a passive of the same form, the auxiliary scopes over
     * both ("rebels were neutralized or captured"); joined to a predicate adjective or bare participle, it is one
     * more state of the subject ("civilians remain unprotected, bombed, besieged"). A conjunct of another form is
     * an act of the subject ("Iran was attacked and retaliated": "retaliated" is a simple past, "attacked" a
     * participle).
     */
    int sharedPassiveSubject(int i) {
        int h = sharedPassive(i);
        if (h < 0) {
            return -1;
        }
        return isPassive(h) ? passiveSubject(h) : child(head[h], "nsubj", "nsubj:pass");
    }

    /** The first conjunct whose voice conjunct {@code i} shares (see {@link #sharedPassiveSubject}), or -1. */
    int sharedPassive(int i) {
        String pos = sentence.tokens().get(i).pos();
        if (!rel[i].equals("conj") || !(pos.equals("VBN") || pos.equals("VBD"))
                || child(i, "nsubj", "nsubj:pass", "aux", "aux:pass", "cop", "obj", "iobj", "expl", "mark") >= 0) {
            return -1;
        }
        int h = head[i];
        for (int guard = 0; h >= 0 && rel[h].equals("conj") && child(h, "nsubj", "nsubj:pass") < 0
                && guard < size(); guard++) {
            h = head[h]; // the first conjunct ("neutralized, wounded or captured"), up to a clause's own subject
        }
        if (h < 0) {
            return -1;
        }
        String first = sentence.tokens().get(h).pos();
        if (isPassive(h) && first.equals(pos)) {
            return h;
        }
        boolean predicate = first.equals("JJ") && head[h] >= 0
                && PREDICATE_RELS.contains(rel[h])
                && child(h, "nsubj", "nsubj:pass", "cop", "obj") < 0;
        if (pos.equals("VBN") && (predicate || participleClause(h))) {
            return h;
        }
        return -1;
    }

    /** The passive subject of {@code i}: its {@code nsubj:pass}, or the plain subject of a reduced passive. */
    int passiveSubject(int i) {
        int p = child(i, "nsubj:pass");
        if (p < 0) {
            // "The prisoners jailed for spying were freed": the freed are the subject of the participle clause
            // the parser made the passive's clausal subject.
            int c = child(i, "csubj:pass");
            if (c >= 0 && reducedPassive(c)) {
                return child(c, "nsubj");
            }
        }
        return p >= 0 || !reducedPassive(i) ? p : child(i, "nsubj");
    }

    /** Distance of {@code i} from the root. */
    int depth(int i) {
        int d = 0;
        for (int h = head[i]; h >= 0 && d < size(); h = head[h]) {
            d++;
        }
        return d;
    }

    boolean isNominal(int i) {
        return sentence.tokens().get(i).isNoun() || sentence.tokens().get(i).pos().startsWith("PRP");
    }
}
