package dateline.actor;

import dateline.actor.PhraseMatcher.Match;
import dateline.article.Article;
import dateline.article.Span;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.PronounLink;
import dateline.nlp.Sentence;
import dateline.nlp.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves every mention that can act to a CAMEO actor, with the role valid on the article's date.
 *
 * <p>Per sentence: dictionary phrases are found by {@link PhraseMatcher}, then combined: a country or demonym
 * before an agent gives country + sector ("Iraqi banks" → IRQBUS, "Iraq's parliament" → IRQLEG); an agent
 * followed by "of" and a country likewise ("the Prime Minister of Iraq"); modifiers before a named person are
 * folded into the person's mention ("Iraqi Prime Minister Mustafa Al-Kazemi"). A title naming an office
 * (president, prime minister, foreign or defence minister, ...) is resolved to its holder on the date from the
 * dictionary when the country is known, or else to the most recent person in the article holding that office
 * ("the President"). Pronouns linked by the annotator take their antecedent's actor; coordinated actors
 * ("Iran and Iraq") are also kept as a {@link CompoundActor}. A demonym used as a plain adjective ("Iranian
 * currency") is not an actor.
 */
public final class ActorResolver {
    /** The country part of the code of an agent whose country is unknown ("rebels" → ---REB). */
    public static final String UNKNOWN_COUNTRY = ActorCode.UNKNOWN_COUNTRY;
    /**
     * The rule of a demonym's country mention before a noun naming that country's property ("the Russian
     * building"): the owner of a thing, which acts are done to but which does nothing itself, so never a source.
     */
    public static final String OWNER_RULE = Found.OWNER.label();

    private final ActorDictionary dictionary;
    private final PhraseMatcher matcher;
    private final NamedOrganisations organisations;
    /** The agent entry of "spokesman", "spokesperson" ({@link SpokespersonBody}), or null. */
    private final DictionaryEntry speaker;

    public ActorResolver(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.matcher = new PhraseMatcher(dictionary);
        this.organisations = NamedOrganisations.bundled(dictionary);
        this.speaker = dictionary.entries().stream()
                .filter(e -> e.isAgent() && e.name().equals(SpokespersonBody.ENTRY_NAME)).findFirst().orElse(null);
    }

    /** A resolver over the bundled dictionaries (loads them; keep and reuse the instance). */
    public static ActorResolver bundled() {
        return new ActorResolver(ActorDictionary.bundled());
    }

    public ActorDictionary dictionary() {
        return dictionary;
    }

    /** Every actor mention of the article, roles chosen by {@code article().date()}. */
    public ActorMentions resolve(AnnotatedArticle annotated) {
        Article article = annotated.article();
        List<Actor> all = new ArrayList<>();
        List<CompoundActor> compounds = new ArrayList<>();
        String datelineCountry = dictionary.countryOfPlace(article.datelinePlace());
        Map<String, Actor> titledNames = new HashMap<>();
        Map<String, DictionaryEntry> abbreviations = new HashMap<>();
        for (Sentence s : annotated.sentences()) {
            Context cx = new Context(article, annotated.sentences(), s, all, datelineCountry, titledNames,
                    annotated.pronouns());
            List<Match> found = matcher.find(s, article);
            List<Actor> named = cx.compose(StoryAbbreviations.insert(s.tokens(), found, abbreviations));
            compounds.addAll(cx.pairs);
            StoryAbbreviations.learn(s.tokens(), found, abbreviations);
            StoryAbbreviations.learnInitials(s.tokens(), found, abbreviations);
            compounds.addAll(compounds(s, named));
            for (PronounLink p : annotated.pronouns()) {
                if (p.sentence() == s.index()) {
                    Actor a = pronoun(p, all);
                    if (a != null) {
                        all.add(a);
                    }
                }
            }
            all.addAll(thingPronouns(annotated.sentences(), s, all));
        }
        all.sort(Comparator.comparing(Actor::span));
        return new ActorMentions(SeatOfBody.bundled().apply(all, article.text()), compounds);
    }

    /** The state of resolving one sentence: the tokens, the date, and the actors found so far in the article. */
    private final class Context {
        final Article article;
        final List<Sentence> sentences;
        final Sentence s;
        final List<Token> tokens;
        final LocalDate date;
        final List<Actor> all;
        final List<Actor> here = new ArrayList<>();
        /** The country of the article's dateline place, or null. */
        final String datelineCountry;
        /** People first named with a title and a name no dictionary knows, by the folded last word of the name. */
        final Map<String, Actor> titledNames;
        List<Match> ms = List.of();
        /** The article's pronoun links, for the owner a "his" or "her" names ({@link Possessor}). */
        final List<PronounLink> links;
        /** The distinct countries the sentence names, in order. */
        final Set<String> sentenceCountries = new LinkedHashSet<>();
        /** "the two leaders" as both parties ({@link TwoParties}). */
        final List<CompoundActor> pairs = new ArrayList<>();

        Context(Article article, List<Sentence> sentences, Sentence s, List<Actor> all, String datelineCountry,
                Map<String, Actor> titledNames, List<PronounLink> links) {
            this.article = article;
            this.sentences = sentences;
            this.s = s;
            this.tokens = s.tokens();
            this.date = article.date();
            this.all = all;
            this.datelineCountry = datelineCountry;
            this.titledNames = titledNames;
            this.links = links;
        }

        List<Actor> compose(List<Match> matches) {
            this.ms = new ArrayList<>(matches);
            for (Match m : matches) {
                if (isCountry(m)) {
                    sentenceCountries.add(RolePicker.choose(m.entry(), date).code());
                }
            }
            int j = 0;
            while (j < ms.size()) {
                j = step(ms, j);
            }
            SpokespersonBody.recode(speaker, ms, here, all, titledNames);
            untitledPersons();
            laterMentionsOfTitledNames();
            namedOrganisations();
            InstitutionHead.recode(tokens, here, all);
            return here;
        }

        /** People no dictionary knows, with the country their own mention gives ({@link UntitledPersons}). */
        private void untitledPersons() {
            for (UntitledPersons.Person p : UntitledPersons.find(tokens, ms, this::covered, this::countryCode)) {
                forget(p.countryMatch());
                Actor a = new Actor(p.country(), text(p.nameStart(), p.nameEnd()), p.country(), null,
                        span(p.start(), p.end()), s.index(), p.start(), p.end(), p.countryMatch().entry().source(),
                        Found.NAME.with("unknown person, the country in the mention"), DateBasis.UNDATED, null);
                add(a);
                String key = nameKey(p.nameEnd() - 1);
                if (key != null && !titledNames.containsKey(key)) {
                    titledNames.put(key, a); // "Ana Phiri of Malawi ... Phiri said"
                }
            }
        }

        /**
         * Organisation names no dictionary knows, by their head word ({@link NamedOrganisations}), with the
         * country a place or demonym inside the name gives ("All Kenya Teachers Union"), else unknown.
         */
        private void namedOrganisations() {
            for (NamedOrganisations.Named n : organisations.find(tokens)) {
                int head = n.end() - 1;
                int start = n.start();
                List<Actor> inside = new ArrayList<>();
                boolean headTaken = false;
                for (Actor a : here) {
                    if (a.tokenStart() < n.end() && n.start() < a.tokenEnd()) {
                        if (a.tokenStart() <= head && head < a.tokenEnd()) {
                            headTaken = true;
                        } else if (a.tokenStart() < start) {
                            start = Math.max(start, a.tokenEnd()); // a longer mention reaching into the name
                        } else {
                            inside.add(a);
                        }
                    }
                }
                final int from = start;
                inside.removeIf(a -> a.tokenStart() < from);
                String agent = headTaken ? null : organisations.agent(tokens, start, head);
                if (agent == null) {
                    continue;
                }
                String country = null;
                int end = n.end();
                for (Match m : ms) {
                    if (m.start() >= start && m.end() <= n.end() && isCountry(m)) {
                        country = RolePicker.choose(m.entry(), date).code();
                    } else if (country == null && m.start() == n.end() + 1 && lower(n.end()).equals("of")
                            && isCountry(m)) {
                        country = RolePicker.choose(m.entry(), date).code(); // "the Workers' Party of Brazil"
                        end = m.end();
                        forget(m);
                    }
                }
                for (Actor a : inside) {
                    here.remove(a);
                    all.remove(a);
                }
                String code = ActorCode.ofAgent(agent, country).text();
                Found how = country == null ? Found.AGENT : Found.AGENT_COUNTRY;
                add(new Actor(code, text(start, end), countryOf(code), null, span(start, end), s.index(),
                        start, end, "organisation-heads.tsv", how.with("organisation name"), DateBasis.UNDATED,
                        null));
            }
        }

        /**
         * The title before a name no dictionary knows ("President Ortiz", "Foreign Minister Abdullah Kamal of
         * Jordan", "Chilean President Ramon Ortiz"): the title's agent, then a run of proper nouns the annotator
         * tags PERSON. A dictionary person right after the run's first words is that person ("President Hasan
         * Rowhani" with only "Rowhani" known). Returns the index of the next match to handle, or -1 when no name
         * follows the title.
         *
         * @param k       index of the first match after the title
         * @param country the country before the title (demonym or possessive), or null
         */
        private int titledName(List<Match> ms, int k, int start, Match agent, String country) {
            Match next = k < ms.size() ? ms.get(k) : null;
            int nameStart = TitleApposition.nameStart(tokens, agent.end());
            int limit = next == null ? tokens.size() : next.start();
            int nameEnd = nameStart;
            while (nameEnd < limit && tokens.get(nameEnd).isProperNoun() && tokens.get(nameEnd).ner().equals("PERSON")) {
                nameEnd++;
            }
            if (nameEnd == nameStart || nameStart > agent.end() && !TitleApposition.closes(tokens, nameEnd)) {
                return -1;
            }
            if (next != null && next.start() == nameEnd && !next.isAgent() && !isCountry(next)
                    && NameRuns.allTagged(tokens, next.start(), next.end(), "PERSON")) {
                emitNamed(next, start);
                return k + 1;
            }
            int end = nameEnd;
            int after = k;
            String how = Found.TITLE_NAME.label();
            if (country == null && next != null && isCountry(next) && nameEnd + 1 == next.start()
                    && (lower(nameEnd).equals("of") || lower(nameEnd).equals("from"))) {
                country = RolePicker.choose(next.entry(), date).code(); // "... Abdullah Kamal of Jordan"
                end = next.end();
                after = k + 1;
            } else if (country == null) {
                Actor earlier = titledNames.get(nameKey(nameEnd - 1));
                if (earlier != null && earlier.country() != null) {
                    country = earlier.country(); // "Ukrainian President X ... President X"
                    how = Found.TITLE_NAME.with("titled earlier");
                } else {
                    // Only what the sentence says of the person, never the story's place or dateline
                    // (TitledNameCountry): a body before the title, an apposition, else the sentence's one country
                    // not named as a place ("in Washington"); in apposition ("Senate President, Ana Ortiz, will visit
                    // Russia") any country after a place preposition is left out (TitleApposition).
                    Match stated = TitledNameCountry.appositive(tokens, nameEnd, ms, this::isCountry);
                    Actor body = null;
                    for (Actor a : here) {
                        if (a.tokenEnd() == start && a.country() != null && !a.actorCode().isCountry()) {
                            body = a; // "Taliban spokesperson Zabihullah Mujahid": one of the body's people
                        }
                    }
                    boolean apposition = nameStart > agent.end();
                    Set<String> own = body != null || stated != null ? Set.of()
                            : TitleApposition.countriesNotPlaces(tokens, ms, this::countryCode,
                                    m -> !apposition && namesCountryItself(m));
                    if (body != null) {
                        country = body.country();
                        how = Found.TITLE_NAME.with("the body before the title");
                    } else if (stated != null) {
                        country = RolePicker.choose(stated.entry(), date).code();
                        how = Found.TITLE_NAME.with("stated in apposition");
                    } else if (own.size() == 1) {
                        country = own.iterator().next();
                        how = Found.TITLE_NAME.with("the sentence's country");
                    }
                }
            }
            String agentCode = agent.entry().roles().get(0).code();
            String code = ActorCode.ofAgent(agentCode, country).text();
            String name = text(nameStart, nameEnd);
            String office = officeOf(agent.entry());
            String role = office == null ? null
                    : titleCase(office) + (country == null ? "" : " of " + dictionary.countryName(country));
            Actor a = new Actor(code, name, countryOf(code), role, span(start, end), s.index(), start, end,
                    agent.entry().source(), how, DateBasis.UNDATED, null);
            add(a);
            String key = nameKey(nameEnd - 1);
            // Kin share the family name ("his wife, Ana Ortiz"): a later "Ortiz" is not the civilian.
            boolean kin = agentCode.equals("~CVL");
            if (key != null && !kin && (!titledNames.containsKey(key) || a.country() != null)) {
                titledNames.put(key, a);
            }
            return after;
        }

        /**
         * The key of a last name: the word in lower case, or null for a particle or initial too short to tell
         * people apart ("al" in a name cut short, "Li").
         */
        private String nameKey(int t) {
            String w = tokens.get(t).word();
            return w.length() < 3 ? null : w.toLowerCase(Locale.ROOT);
        }

        /**
         * A later mention of a person first named with a title ("President Ortiz ... Ortiz said"): a PERSON run
         * that no actor covers and whose last word is that person's last name.
         */
        private void laterMentionsOfTitledNames() {
            if (titledNames.isEmpty()) {
                return;
            }
            int t = 0;
            while (t < tokens.size()) {
                if (!tokens.get(t).ner().equals("PERSON") || !tokens.get(t).isProperNoun() || covered(t)) {
                    t++;
                    continue;
                }
                int end = t;
                while (end < tokens.size() && tokens.get(end).ner().equals("PERSON") && tokens.get(end).isProperNoun()
                        && !covered(end)) {
                    end++;
                }
                String key = nameKey(end - 1);
                Actor first = key == null ? null : titledNames.get(key);
                // The last name alone, or the whole name again: "Sebastien Lai" is not "Jimmy Lai".
                if (first != null && (end - t == 1 || first.name().equals(text(t, end)))) {
                    add(new Actor(first.code(), first.name(), first.country(), first.role(), span(t, end), s.index(),
                            t, end, first.entry(), Found.NAME.with("titled earlier"), first.dateBasis(), first.span()));
                }
                t = end;
            }
        }

        private String text(int start, int end) {
            StringBuilder sb = new StringBuilder();
            for (int t = start; t < end; t++) {
                sb.append(t > start ? " " : "").append(tokens.get(t).word());
            }
            return sb.toString();
        }

        private boolean covered(int t) {
            for (Actor a : here) {
                if (a.tokenStart() <= t && t < a.tokenEnd()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A country named inside the agent's noun phrase but not next to it ("Syria's main rebel group", "Iranian
         * senior officials"): the country match that ends where the modifiers before the agent begin, or null. A
         * determiner starts another phrase ("in Iran the army"), and "US-backed rebels" are no US actor.
         */
        private Match countryInMention(int start) {
            if (start < 2 || tokens.get(start).pos().equals("DT")) {
                return null;
            }
            for (int t = start - 1; t >= 0; t--) {
                for (Match m : ms) {
                    if (m.end() == t + 1) {
                        return t < start - 1 && isCountry(m) ? m : null;
                    }
                }
                if (!MENTION_MODIFIERS.contains(tokens.get(t).pos())) {
                    return null;
                }
            }
            return null;
        }

        /** Forgets the actor emitted for exactly this match in this sentence, now part of a longer mention. */
        private void forget(Match m) {
            for (int i = here.size() - 1; i >= 0; i--) {
                Actor a = here.get(i);
                if (a.tokenStart() == m.start() && a.tokenEnd() == m.end()) {
                    here.remove(i);
                    all.remove(a);
                    return;
                }
            }
        }

        /** Handles the match at {@code j} and any it combines with; returns the index of the next one. */
        private int step(List<Match> ms, int j) {
            Match m = ms.get(j);
            if (m.isAgent()) {
                int k = agentChainEnd(ms, j);
                Match lastAgent = namedOrganisationHead(ms, j, ms.get(k - 1));
                Match next = k < ms.size() ? ms.get(k) : null;
                if (next != null && !next.isAgent() && next.start() == lastAgent.end() && !isCountry(next)) {
                    emitNamed(next, m.start());
                    return k + 1;
                }
                // A sector word the annotator tags as part of the name is the name's ("Minister Christian Lindner").
                int title = k;
                while (title - 1 > j && NameRuns.allTagged(tokens, ms.get(title - 1).start(), ms.get(title - 1).end(),
                        "PERSON")) {
                    title--;
                }
                int named = titledName(ms, k, withDeterminer(m.start()), title < k ? ms.get(title - 1) : lastAgent,
                        null);
                if (named >= 0) {
                    return named;
                }
                int of = lastAgent.end();
                if (next != null && !next.isAgent() && isCountry(next) && of < tokens.size()
                        && linksCountry(lower(of), lastAgent)
                        && (next.start() == of + 1 || (next.start() == of + 2 && lower(of + 1).equals("the")))) {
                    titleOrAgent(withDeterminer(m.start()), next.end(), next, lastAgent);
                    return k + 1;
                }
                bareTitle(withDeterminer(m.start()), lastAgent.end(), lastAgent);
                return k;
            }
            if (m.entry().roles().get(0).isNoActor()) {
                return j + 1;
            }
            int inName = insideLongerName(ms, j);
            if (inName >= 0) {
                return inName;
            }
            if (isCountry(m)) {
                int agentStart = j + 1 < ms.size() ? ms.get(j + 1).start() : -1;
                boolean adjacent = agentStart == m.end()
                        || (agentStart == m.end() + 1 && tokens.get(m.end()).pos().equals("POS"));
                if (adjacent && !ms.get(j + 1).isAgent()) {
                    foreignInstitutionAsAgent(ms, j);
                }
                if (adjacent && ms.get(j + 1).isAgent()) {
                    int k = agentChainEnd(ms, j + 1);
                    Match lastAgent = ms.get(k - 1);
                    Match next = k < ms.size() ? ms.get(k) : null;
                    if (next != null && !next.isAgent() && !isCountry(next) && next.start() == lastAgent.end()) {
                        emitNamed(next, m.start());
                        return k + 1;
                    }
                    int start = m.end() - m.start() > 1 && lower(m.start()).equals("the") ? m.start() + 1 : m.start();
                    int named = titledName(ms, k, start, lastAgent, RolePicker.choose(m.entry(), date).code());
                    if (named >= 0) {
                        return named;
                    }
                    titleOrAgent(start, lastAgent.end(), m, lastAgent);
                    return k;
                }
                if (allAdjectives(m) && StateNoun.follows(tokens, m.start(), m.end())) {
                    emitState(m);
                    return j + 1;
                }
                if (allAdjectives(m) && !standsAsNoun(m) && !beforeForceNoun(m) && !beforeActNoun(m)) {
                    if (beforePropertyNoun(m)) {
                        emitOwner(m);
                    }
                    return j + 1;
                }
            }
            emitNamed(m, m.start());
            return j + 1;
        }

        /**
         * After country {@code j}, a name that is one country's institution in the dictionary and also a sector
         * word ("Senate" is the US Congress and the agent ~LEG) is the sector word when that country is another:
         * "Rwanda's Senate", "the Brazilian Senate" are those countries' legislatures, not the US Congress. A
         * country named in the mention is never overridden by one the mention does not name.
         */
        private void foreignInstitutionAsAgent(List<Match> ms, int j) {
            Match other = ms.get(j + 1);
            String here = Actor.countryOf(RolePicker.choose(ms.get(j).entry(), date).code());
            String theirs = Actor.countryOf(RolePicker.choose(other.entry(), date).code());
            if (here == null || theirs == null || here.equals(theirs)) {
                return;
            }
            List<String> words = new ArrayList<>();
            for (int t = other.start(); t < other.end(); t++) {
                words.addAll(NameKeys.words(tokens.get(t).word()));
            }
            if (words.isEmpty()) {
                return;
            }
            for (ActorDictionary.Phrase p : dictionary.startingWith(words.get(0))) {
                if (p.entry().isAgent() && List.of(p.words()).equals(words)) {
                    ms.set(j + 1, new Match(other.start(), other.end(), p.entry(), other.rule()));
                    return;
                }
            }
        }

        /**
         * A place or organisation name that is only part of a longer proper name is not that actor: "Hanover" in
         * "Manufacturers Hanover" is no German actor, "Organization" in "International Coffee Organization" no
         * armed group. The longer name is a run of capitalised proper nouns (or of tokens the annotator tags
         * ORGANIZATION) that no other dictionary phrase covers. When the run ends on a sector word, it names an
         * organisation of that sector, and a place at its start or inside gives its country: "British Civil
         * Aviation Authority" is GBRGOV, "Continental Illinois National Bank" USABUS (the sector of the head word
         * alone: a bank named "National" is not the state's bank). A place that only starts the name ("Hong Kong
         * Economic Journal") keeps its country as before; so does the country's own name ("Teleglobe Canada
         * Inc") and a name before a sector word or common noun ("Chief Soviet arms negotiator"). A person's name is
         * no organisation ("New Zealander Bruce Judge"). Returns the index of the next match to handle, or -1 when
         * the ordinary rules apply.
         */
        private int insideLongerName(List<Match> ms, int j) {
            Match m = ms.get(j);
            int prevEnd = j > 0 ? ms.get(j - 1).end() : 0;
            int left = m.start();
            while (left > prevEnd && NameRuns.nameToken(tokens, left - 1)) {
                left--;
            }
            int nextStart = j + 1 < ms.size() ? ms.get(j + 1).start() : tokens.size();
            int right = m.end();
            while (right < nextStart && NameRuns.nameToken(tokens, right)) {
                right++;
            }
            if (left == m.start() && right == m.end()) {
                return -1;
            }
            Match next = j + 1 < ms.size() ? ms.get(j + 1) : null;
            if (next != null && next.isAgent() && next.start() == right && isCountry(m)
                    && NameRuns.allNameTokens(tokens, next.start(), next.end())
                    && !NameRuns.anyTagged(tokens, left, next.end(), "PERSON")
                    && (next.end() == tokens.size() || !NameRuns.nameToken(tokens, next.end()))) {
                Match head = headAgent(next);
                if (officeOf(head.entry()) == null) {
                    boolean the = left == m.start() && m.end() - m.start() > 1 && lower(left).equals("the");
                    titleOrAgent(the ? left + 1 : left, next.end(), m, head);
                    return j + 2;
                }
            }
            boolean organisation = NameRuns.allTagged(tokens, left, right, "ORGANIZATION");
            // Before a sector word or a common noun the name modifies a noun phrase ("Chief Soviet arms
            // negotiator"); it is not the end of a firm's name.
            boolean beforeAgent = next != null && next.isAgent() && next.start() == m.end()
                    || right < tokens.size() && (tokens.get(right).pos().equals("NN")
                            || tokens.get(right).pos().equals("NNS"));
            if (left < m.start() && !beforeAgent && !namesCountryItself(m) && (isCountry(m) || organisation)) {
                return j + 1; // part of another name: no actor
            }
            return -1;
        }

        /**
         * For an agent ending a proper name that starts with words no dictionary knows ("Continental National
         * Bank", "Planters Bank"), the one-word agent of the name's head, if any, when the phrase is no office:
         * the name's last word tells its sector; the phrase before it is part of the name.
         */
        private Match namedOrganisationHead(List<Match> ms, int j, Match lastAgent) {
            int prevEnd = j > 0 ? ms.get(j - 1).end() : 0;
            Match first = ms.get(j);
            if (lastAgent.end() - first.start() < 2 || first.start() <= prevEnd
                    || !NameRuns.nameToken(tokens, first.start() - 1)
                    || !NameRuns.allNameTokens(tokens, first.start(), lastAgent.end())
                    || officeOf(lastAgent.entry()) != null) {
                return lastAgent;
            }
            return headAgent(lastAgent);
        }

        /** The one-word agent of the last token of {@code agent} ("Bank" of "National Bank"), else the agent. */
        private Match headAgent(Match agent) {
            int t = agent.end() - 1;
            if (agent.end() - agent.start() < 2) {
                return agent;
            }
            Token tok = tokens.get(t);
            List<String> keys = new ArrayList<>(NameKeys.words(tok.word()));
            if (tok.lemma() != null) {
                keys.addAll(NameKeys.words(tok.lemma()));
            }
            for (String key : keys) {
                for (ActorDictionary.Phrase p : dictionary.startingWith(key)) {
                    if (p.words().length == 1 && p.entry().isAgent()) {
                        return new Match(t, t + 1, p.entry(), agent.rule());
                    }
                }
            }
            return agent;
        }

        /**
         * Whether the match is the country's own name ("Canada", not "Boston" or "U.K."): inside a firm's name
         * ("Teleglobe Canada Inc") it still tells the firm's country, where a city ("First Boston") does not.
         */
        private boolean namesCountryItself(Match m) {
            List<String> words = new ArrayList<>();
            for (int t = m.start(); t < m.end(); t++) {
                words.addAll(NameKeys.words(tokens.get(t).word()));
            }
            return isCountry(m) && words.equals(NameKeys.words(m.entry().name()));
        }

        /**
         * Whether {@code word} between an agent and a country makes the agent that country's: "the President of
         * Iraq", "dissidents from Egypt", "a court in Guyana". Not "in" for armed forces: "troops in Iraq" are as
         * often foreign troops as Iraqi ones; nor for armed groups and refugees, who are where they are, not
         * of it ("the insurgents in Qatar's capital" held talks there, "refugees in Kenya" fled to it): only a
         * demonym or "of"/"from" says whose they are.
         */
        private boolean linksCountry(String word, Match agent) {
            return switch (word) {
                case "of", "from" -> true;
                case "in" -> !LOCATED_ONLY.matcher(agent.entry().roles().get(0).code()).find();
                default -> false;
            };
        }

        /**
         * Sectors an "in" place does not give a country: armed forces and refugees are often abroad. Rebels and
         * militants "in" a country are taken as of it (the rule: a country named in the mention is not left
         * blank), which news bears out more often than not.
         */
        private static final Pattern LOCATED_ONLY = Pattern.compile("MIL|REF");

        private int agentChainEnd(List<Match> ms, int j) {
            int k = j + 1;
            while (k < ms.size() && ms.get(k).isAgent() && ms.get(k).start() == ms.get(k - 1).end()) {
                k++;
            }
            return k;
        }

        /** The country code of a country match, or null for any other match. */
        private String countryCode(Match m) {
            return isCountry(m) ? RolePicker.choose(m.entry(), date).code() : null;
        }

        private boolean isCountry(Match m) {
            if (m.isAgent()) {
                return false;
            }
            String code = RolePicker.choose(m.entry(), date).code();
            return ActorCode.of(code).isCountry() && dictionary.isCountry(code);
        }

        /**
         * A demonym heading its own noun phrase, the noun left out: "withdrew from the Syrian to the Israeli
         * sector" (the Syrian side). After a determiner and before a preposition, punctuation or a verb; not before
         * a noun or "and" ("the Syrian and Iraqi governments").
         */
        private boolean standsAsNoun(Match m) {
            if (m.start() == 0 || !tokens.get(m.start() - 1).pos().equals("DT")) {
                return false;
            }
            if (m.end() == tokens.size()) {
                return true;
            }
            String next = tokens.get(m.end()).pos();
            return next.equals("IN") || next.equals("TO") || next.equals(",") || next.equals(".")
                    || next.equals(":") || next.startsWith("VB");
        }

        /**
         * A demonym in a noun phrase headed by an act of force ({@link NounList#force()}): "Israeli shelling", "Turkish
         * tank fire", "a Russian air strike". The demonym names who did it, so it is that country's mention.
         */
        private boolean beforeForceNoun(Match m) {
            for (int t = m.end(); t < tokens.size() && t < m.end() + 3; t++) {
                String pos = tokens.get(t).pos();
                if (!pos.startsWith("NN") && !pos.equals("VBG") && !pos.equals("HYPH") && !pos.startsWith("JJ")) {
                    return false;
                }
                if (!pos.startsWith("JJ") && FORCE.contains(tokens.get(t).word())) {
                    return t + 1 >= tokens.size() || !tokens.get(t + 1).pos().startsWith("NN");
                }
            }
            return false;
        }

        /**
         * A demonym heading a noun phrase about a party's own act or decision ({@link NounList#act()}), as the last
         * noun of its phrase: "the Turkish bid", "a Chinese peace proposal". The demonym names whose act it is, so
         * it is that country's mention, the party an act on the proposal or bid is aimed at.
         */
        private boolean beforeActNoun(Match m) {
            for (int t = m.end(); t < tokens.size() && t < m.end() + 3; t++) {
                String pos = tokens.get(t).pos();
                if (!pos.startsWith("NN") && !pos.equals("HYPH") && !pos.startsWith("JJ")) {
                    return false;
                }
                if (pos.startsWith("NN") && ACT.contains(tokens.get(t).word())) {
                    return t + 1 >= tokens.size() || !tokens.get(t + 1).pos().startsWith("NN");
                }
            }
            return false;
        }

        /**
         * A demonym before a noun naming a country's property ({@link NounList#property()}), as the last noun of its
         * phrase: "the Russian building", "a Chinese fishing vessel". The demonym names whose it is, so an act
         * of force on it is done to that country.
         */
        private boolean beforePropertyNoun(Match m) {
            for (int t = m.end(); t < tokens.size() && t < m.end() + 3; t++) {
                String pos = tokens.get(t).pos();
                // "a Turkish-owned ship", "a Liberian-flagged tanker": a hyphened participle joins the demonym.
                boolean hyphened = pos.equals("VBN") && tokens.get(t - 1).pos().equals("HYPH");
                if (!pos.startsWith("NN") && !pos.equals("VBG") && !pos.equals("HYPH") && !pos.startsWith("JJ")
                        && !hyphened) {
                    return false;
                }
                if (pos.startsWith("NN") && PROPERTY.contains(tokens.get(t).word())) {
                    return t + 1 >= tokens.size() || !tokens.get(t + 1).pos().startsWith("NN");
                }
            }
            return false;
        }

        private boolean allAdjectives(Match m) {
            for (int t = m.start(); t < m.end(); t++) {
                if (!tokens.get(t).pos().startsWith("JJ")) {
                    return false;
                }
            }
            return true;
        }

        private String lower(int t) {
            return tokens.get(t).word().toLowerCase(Locale.ROOT);
        }

        private int withDeterminer(int start) {
            return start > 0 && lower(start - 1).equals("the") ? start - 1 : start;
        }

        /** "The Pakistani state": the country's government ({@link StateNoun}), the mention ending on "state". */
        private void emitState(Match m) {
            RolePicker.Choice c = RolePicker.choose(m.entry(), date);
            if (c.code().equals(Role.NO_ACTOR) || Actor.countryOf(c.code()) == null) {
                return;
            }
            String country = Actor.countryOf(c.code());
            int start = withDeterminer(m.start());
            add(new Actor(country + "GOV", m.entry().name(), country, c.title(), span(start, m.end() + 1),
                    s.index(), start, m.end() + 1, m.entry().source(), StateNoun.RULE, c.basis(), null));
        }

        /** The country a demonym before a country's property names, marked as its owner ({@link #OWNER_RULE}). */
        private void emitOwner(Match m) {
            RolePicker.Choice c = RolePicker.choose(m.entry(), date);
            if (c.code().equals(Role.NO_ACTOR)) {
                return;
            }
            add(new Actor(c.code(), m.entry().name(), countryOf(c.code()), c.title(), span(m.start(), m.end()),
                    s.index(), m.start(), m.end(), m.entry().source(), OWNER_RULE, c.basis(), null));
        }

        private void emitNamed(Match m, int start) {
            DictionaryEntry e = m.namesakes().isEmpty() ? m.entry()
                    : NamesakeChooser.choose(m.entry(), m.namesakes(), date, contextCountries());
            RolePicker.Choice c = RolePicker.choose(e, date);
            if (c.code().equals(Role.NO_ACTOR)
                    || m.end() - m.start() == 1 && NamesakeChooser.unlikelyBearer(e, date, contextCountries())) {
                return;
            }
            String rule = e == m.entry() ? m.rule().label() : m.rule().with("namesake fitting the context");
            add(new Actor(c.code(), e.name(), countryOf(c.code()), c.title(), span(start, m.end()),
                    s.index(), start, m.end(), e.source(), rule, c.basis(), null));
        }

        /** The countries the sentence names, those of the article's actors so far, and the dateline's. */
        private Set<String> contextCountries() {
            Set<String> c = new HashSet<>(sentenceCountries);
            for (Actor a : all) {
                if (a.country() != null) {
                    c.add(a.country());
                }
            }
            if (datelineCountry != null) {
                c.add(datelineCountry);
            }
            return c;
        }

        /** Country + agent: the office holder on the date when the agent is an office, else the sector code. */
        private void titleOrAgent(int start, int end, Match country, Match agent) {
            String cc = RolePicker.choose(country.entry(), date).code();
            String office = officeOf(agent.entry());
            if (office != null && !PluralTitle.at(tokens, agent.end())) {
                if (holder(start, end, cc, office) || recentHolder(start, end, cc, office)) {
                    return;
                }
            }
            String agentCode = agent.entry().roles().get(0).code();
            String code = ActorCode.ofAgent(agentCode, cc).text();
            String name = dictionary.countryName(cc) + " " + agent.entry().name();
            add(new Actor(code, name, countryOf(code), null, span(start, end), s.index(), start, end,
                    agent.entry().source() + " + " + country.entry().source(), Found.AGENT_COUNTRY.label(),
                    DateBasis.UNDATED, null));
        }

        /**
         * A title or agent without a country: for an office, the most recent person in the article holding it
         * ("the President"); otherwise, or when no holder is known, the sector with an unknown country, "---" as
         * PETRARCH writes it ("rebels" → ---REB, "the government" → ---GOV). Who acted is then known by sector
         * only; the event coder prefers any actor with a country over such a one.
         */
        private void bareTitle(int start, int agentEnd, Match agent) {
            int end = nameAfterSectorWord(agentEnd);
            String office = officeOf(agent.entry());
            if (office != null && !PluralTitle.at(tokens, agentEnd) && recentHolder(start, end, null, office)) {
                return;
            }
            String agentCode = agent.entry().roles().get(0).code();
            if (!agentCode.startsWith("~") || agentCode.length() < 2
                    || end < tokens.size() && tokens.get(end).pos().startsWith("NN")) {
                return; // a sector word modifying a noun ("business visas", "police station") is no actor
            }
            Actor owner = possessiveOwner(start);
            if (owner != null) {
                // "Iran said its forces captured ...": the agent belongs to the nearest country actor before it.
                String code = ActorCode.ofAgent(agentCode, owner.country()).text();
                add(new Actor(code, dictionary.countryName(owner.country()) + " " + agent.entry().name(),
                        owner.country(), null, span(start - 1, end), s.index(), start - 1, end,
                        agent.entry().source(), Found.POSSESSIVE_AGENT.label(), DateBasis.UNDATED, owner.span()));
                return;
            }
            Possessor.Owner own = Possessor.find(tokens, s.index(), start, here, previousActors(), links, all);
            if (own != null) {
                // "his forces", "the country's security forces": the agent belongs to the owner's country.
                Actor o = own.actor();
                String code = own.member() ? o.code() : ActorCode.ofAgent(agentCode, o.country()).text();
                String whose = own.member() ? o.name() : dictionary.countryName(o.country());
                add(new Actor(code, whose + " " + agent.entry().name(), o.country(),
                        null, span(own.mentionStart(), end), s.index(), own.mentionStart(), end,
                        agent.entry().source(), Found.POSSESSIVE_AGENT.label(), DateBasis.UNDATED, o.span()));
                return;
            }
            Match named = countryInMention(start);
            if (named != null) {
                forget(named);
                titleOrAgent(named.start(), end, named, agent);
                return;
            }
            String master = LoyalTo.country(tokens, ms, end,
                    x -> x.isAgent() ? null : countryOf(RolePicker.choose(x.entry(), date).code()));
            if (master != null) {
                String code = ActorCode.ofAgent(agentCode, master).text();
                add(new Actor(code, dictionary.countryName(master) + " " + agent.entry().name(), master, null,
                        span(start, end), s.index(), start, end, agent.entry().source(), Found.AGENT_COUNTRY.label(),
                        DateBasis.UNDATED, null));
                return;
            }
            if (backReference(start, end)) {
                return;
            }
            if (twoParties(start, end, agentCode, agent)) {
                return;
            }
            if (definiteAntecedent(start, end, agent, ActorCode.agentSectors(agentCode))) {
                return;
            }
            String storys = StoryInstitution.country(tokens, start, end, agentCode, all, sentenceCountries);
            if (storys != null) {
                String code = ActorCode.ofAgent(agentCode, storys).text();
                add(new Actor(code, dictionary.countryName(storys) + " " + agent.entry().name(), storys, null,
                        span(start, end), s.index(), start, end, agent.entry().source(),
                        Found.AGENT_COUNTRY.with("the one country whose institution the story names"),
                        DateBasis.UNDATED, null));
                return;
            }
            if (office != null && PluralTitle.at(tokens, agentEnd)) {
                return; // several office holders of unknown countries: no one actor ("the prime ministers signed")
            }
            String code = ActorCode.ofAgent(agentCode, null).text();
            add(new Actor(code, agent.entry().name(), null, null, span(start, end), s.index(), start, end,
                    agent.entry().source(), Found.AGENT.label(), DateBasis.UNDATED, null));
        }

        /**
         * The end of a name no dictionary knows right after a sector word, when it ends the noun phrase: "the
         * separatist group Red Falcon", "the opposition party Nueva Via" are that sector's actor, named. Not a date,
         * a place or a person (a title before a person's name is {@link #titledName}), and only after a sector word in
         * lower case. Returns {@code end} when no such name follows.
         */
        private int nameAfterSectorWord(int end) {
            String last = tokens.get(end - 1).word();
            if (last.isEmpty() || !Character.isLowerCase(last.charAt(0))) {
                // A capitalised sector word is part of the longer name: "Coast Guard Law", "Police Judiciaire".
                return end;
            }
            int t = end;
            while (t < tokens.size() && NameRuns.nameToken(tokens, t) && !covered(t)
                    && NAME_AFTER_SECTOR_NER.contains(tokens.get(t).ner())) {
                t++;
            }
            return t > end && (t == tokens.size() || !tokens.get(t).isNoun()) ? t : end;
        }

        /**
         * "both leaders" ({@link BothParties}) or a definite noun repeating an earlier mention's head
         * ({@link SameTitleReference}): the antecedent's whole actor with this mention's span; false when none.
         */
        private boolean backReference(int start, int end) {
            Actor same = BothParties.other(tokens, start, end, here, previousActors());
            String how = Found.DEFINITE_ANTECEDENT.with("both parties, one named in the sentence");
            if (same == null) {
                same = SameTitleReference.find(sentences, s, start, end, all);
                how = Found.DEFINITE_ANTECEDENT.with("same title earlier");
            }
            if (same == null) {
                return false;
            }
            Span antecedent = same.antecedent() != null ? same.antecedent() : same.span();
            add(new Actor(same.code(), same.name(), same.country(), same.role(), span(start, end), s.index(), start,
                    end, same.entry(), how, same.dateBasis(), antecedent));
            return true;
        }

        /**
         * "the two leaders", "both governments" ({@link TwoParties}): each of the two parties just named with the
         * phrase's sector, kept as a coordination; false when the text does not name exactly two.
         */
        private boolean twoParties(int start, int end, String agentCode, Match agent) {
            List<String> countries = TwoParties.countries(tokens, start, end, here, previousActors());
            if (countries.isEmpty()) {
                return false;
            }
            List<Actor> members = new ArrayList<>();
            for (String c : countries) {
                String name = dictionary.countryName(c);
                members.add(new Actor(ActorCode.ofAgent(agentCode, c).text(),
                        (name == null ? c : name) + " " + agent.entry().name(), c, null, span(start, end), s.index(),
                        start, end, agent.entry().source(), Found.AGENT_COUNTRY.with("one of the two parties named"),
                        DateBasis.UNDATED, null));
            }
            add(members.get(0));
            pairs.add(new CompoundActor(members, span(start, end), s.index(), start, end));
            return true;
        }

        /** A definite sector noun resolved back by {@link DefiniteReference}; false when it stays generic. */
        private boolean definiteAntecedent(int start, int end, Match agent, String sector) {
            DefiniteReference.Referent r = DefiniteReference.find(sentences, s, start, end, sector, all);
            if (r == null) {
                return false;
            }
            Actor same = r.actor();
            if (r.countryOnly()) {
                String government = ActorCode.ofAgent("~GOV", same.country()).text();
                add(new Actor(government, dictionary.countryName(same.country()) + " " + agent.entry().name(),
                        same.country(), null, span(start, end), s.index(), start, end,
                        agent.entry().source(), Found.DEFINITE_COUNTRY.label(), DateBasis.UNDATED, same.span()));
                return true;
            }
            Span antecedent = same.antecedent() != null ? same.antecedent() : same.span();
            add(new Actor(same.code(), same.name(), same.country(), same.role(), span(start, end), s.index(), start,
                    end, same.entry(), Found.DEFINITE_ANTECEDENT.label(), same.dateBasis(), antecedent));
            return true;
        }

        /**
         * For an agent after "its" or "their", the nearest actor with a country earlier in the sentence, or null.
         * The possessive most often refers back to the clause's subject ("Iraq said its troops ..."); "its" and
         * "their" stand for a country or a body, not one person, so a person is taken (for the country) only when
         * no other actor precedes ("Sylvania said Firefly moved its troops" is Sylvania's). A sentence with no such
         * actor gives none.
         */
        private Actor possessiveOwner(int start) {
            if (start < 1 || !(lower(start - 1).equals("its") || lower(start - 1).equals("their"))) {
                return null;
            }
            Actor person = null;
            for (int i = here.size() - 1; i >= 0; i--) {
                Actor a = here.get(i);
                if (a.tokenEnd() <= start - 1 && a.country() != null) {
                    if (!NameRuns.anyTagged(tokens, a.tokenStart(), a.tokenEnd(), "PERSON")) {
                        return a;
                    }
                    person = person == null ? a : person;
                }
            }
            return person;
        }

        private List<Actor> previousActors() {
            int i = sentences.indexOf(s);
            int prev = i > 0 ? sentences.get(i - 1).index() : -1;
            return all.stream().filter(a -> a.sentence() == prev).toList();
        }

        private boolean holder(int start, int end, String country, String office) {
            ActorDictionary.Holder best = null;
            for (ActorDictionary.Holder h : dictionary.holders(country, office)) {
                boolean fits = date == null || h.role().validOn(date);
                if (fits && (best == null || (date == null && later(h.role(), best.role())))) {
                    best = h;
                }
            }
            if (best == null) {
                return false;
            }
            DateBasis basis = date == null ? DateBasis.MOST_RECENT_NO_DATE
                    : best.role().isDated() ? DateBasis.PUBLICATION_DATE : DateBasis.UNDATED;
            add(new Actor(best.role().code(), best.entry().name(), countryOf(best.role().code()), best.role().title(),
                    span(start, end), s.index(), start, end, best.entry().source(), Found.TITLE_COUNTRY.label(), basis,
                    null));
            return true;
        }

        private boolean later(Role a, Role b) {
            LocalDate fa = a.from() == null ? LocalDate.MIN : a.from();
            LocalDate fb = b.from() == null ? LocalDate.MIN : b.from();
            return fa.isAfter(fb);
        }

        private boolean recentHolder(int start, int end, String country, String office) {
            for (int i = all.size() - 1; i >= 0; i--) {
                Actor a = all.get(i);
                if (a.role() != null && office.equals(dictionary.offices().officeOfTitle(a.role()))
                        && (country == null || country.equals(a.country()))) {
                    Span antecedent = a.antecedent() != null ? a.antecedent() : a.span();
                    add(new Actor(a.code(), a.name(), a.country(), a.role(), span(start, end), s.index(), start, end,
                            a.entry(), Found.TITLE.label(), a.dateBasis(), antecedent));
                    return true;
                }
            }
            return false;
        }

        private String officeOf(DictionaryEntry agent) {
            String o = dictionary.offices().officeOf(agent.name());
            if (o == null) {
                for (String alias : agent.aliases()) {
                    o = dictionary.offices().officeOf(alias);
                    if (o != null) {
                        break;
                    }
                }
            }
            return o;
        }

        private Span span(int start, int end) {
            return new Span(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
        }

        private void add(Actor a) {
            if (article.isBoilerplate(a.span())) {
                return;
            }
            here.add(a);
            all.add(a);
        }
    }

    /** Annotator tags of a name that may follow its sector word ("the separatist group Red Falcon"). */
    private static final Set<String> NAME_AFTER_SECTOR_NER = Set.of("O", "ORGANIZATION", "MISC");

    /** Tags that may stand between a country and the agent of one noun phrase ("Syria's main rebel group"). */
    private static final NounList FORCE = NounList.force();
    private static final NounList PROPERTY = NounList.property();
    private static final NounList ACT = NounList.act();
    private static final Set<String> MENTION_MODIFIERS = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "CD", "POS", "VBG");

    private static String titleCase(String office) {
        StringBuilder sb = new StringBuilder(office.length());
        for (String w : office.split(" ")) {
            sb.append(sb.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }

    private String countryOf(String code) {
        String c = Actor.countryOf(code);
        return dictionary.isCountry(c) ? c : null;
    }

    /** "it" and "they" for an organisation or country of this or the previous sentence ({@link ThingPronouns}). */
    private static List<Actor> thingPronouns(List<Sentence> sentences, Sentence s, List<Actor> all) {
        int i = sentences.indexOf(s);
        Sentence prev = i > 0 ? sentences.get(i - 1) : null;
        List<Actor> here = all.stream().filter(a -> a.sentence() == s.index()).toList();
        List<Actor> before = prev == null ? List.of()
                : all.stream().filter(a -> a.sentence() == prev.index()).toList();
        return ThingPronouns.resolve(s, here, before, prev);
    }

    /** The actor of a pronoun: a copy of the actor at its antecedent, with the pronoun's span. */
    private static Actor pronoun(PronounLink p, List<Actor> all) {
        Actor best = null;
        var ante = p.antecedent();
        for (Actor a : all) {
            if (a.sentence() == ante.sentence() && a.tokenStart() < ante.tokenEnd() && ante.tokenStart() < a.tokenEnd()
                    && a.found() != Found.PRONOUN) {
                if (best == null || a.span().contains(ante.span())) {
                    best = a;
                }
            }
        }
        if (best == null) {
            return null;
        }
        return new Actor(best.code(), best.name(), best.country(), best.role(), p.span(), p.sentence(), p.token(),
                p.token() + 1, best.entry(), Found.PRONOUN.label(), best.dateBasis(), ante.span());
    }

    /** Coordinations "A and B", "A, B and C" of actors in one sentence. */
    private static List<CompoundActor> compounds(Sentence s, List<Actor> actors) {
        List<CompoundActor> out = new ArrayList<>();
        List<Actor> sorted = new ArrayList<>(actors);
        sorted.sort(Comparator.comparingInt(Actor::tokenStart));
        int i = 0;
        while (i < sorted.size()) {
            List<Actor> members = new ArrayList<>(List.of(sorted.get(i)));
            boolean sawAnd = false;
            int j = i + 1;
            while (j < sorted.size()) {
                Actor prev = members.get(members.size() - 1);
                Actor next = sorted.get(j);
                int gap = next.tokenStart() - prev.tokenEnd();
                String w1 = gap >= 1 ? s.tokens().get(prev.tokenEnd()).word().toLowerCase(Locale.ROOT) : "";
                String w2 = gap == 2 ? s.tokens().get(prev.tokenEnd() + 1).word().toLowerCase(Locale.ROOT) : "";
                // "children and a man": a determiner may open the last member.
                boolean and = (gap == 1 && w1.equals("and")) || (gap == 2 && w1.equals(",") && w2.equals("and"))
                        || (gap == 2 && w1.equals("and") && s.tokens().get(prev.tokenEnd() + 1).pos().equals("DT"));
                boolean comma = gap == 1 && w1.equals(",");
                if (!and && !comma) {
                    break;
                }
                sawAnd |= and;
                members.add(next);
                j++;
                if (and) {
                    break;
                }
            }
            if (sawAnd && members.size() >= 2) {
                Actor first = members.get(0);
                Actor last = members.get(members.size() - 1);
                out.add(new CompoundActor(members, first.span().union(last.span()), s.index(), first.tokenStart(),
                        last.tokenEnd()));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }
}
