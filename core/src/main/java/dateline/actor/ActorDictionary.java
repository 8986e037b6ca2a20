package dateline.actor;

import dateline.knowledge.TableFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Immutable indexes over actor and agent dictionary entries: phrases by their first folded word (for
 * longest-match scanning of sentences), multi-word names by consonant skeleton (transliteration tolerance),
 * office holders by country and office (for titles), and country names by code.
 *
 * <p>Entries are given in priority order: when two entries share a phrase, the earlier wins. The bundled
 * dictionaries put the hand-maintained, up-to-date files before the imported Phoenix ones.
 */
public final class ActorDictionary {
    /** Where {@link #bundled()} finds the list of default dictionary files, one resource name a line. */
    static final String BUNDLED_LIST = "dateline/actor/dictionaries.txt";

    /** A phrase of an entry: its folded words and the entry's rank (lower = higher priority). */
    record Phrase(String[] words, DictionaryEntry entry, int rank) {
    }

    /** A role with a title, held by a person: what "the President of Iran" on a date refers to. */
    record Holder(DictionaryEntry entry, Role role) {
    }

    /**
     * Three-letter codes that some entries carry alone but that name a kind of actor, not a country or region:
     * "Reuters" is MED, "Chevron" MNC, a charity NGO. Without this, "Reuters newspaper" became MEDMED, and an
     * agent next to a firm took the firm as its country.
     */
    private static final Set<String> NOT_PLACES = Set.of("---", "IGO", "NGO", "NGM", "MNC", "MED", "IMG", "MOS",
            "BAH", "UIS", "REB", "WEU");

    private final List<DictionaryEntry> entries;
    private final Map<String, Phrase[]> byFirstWord;
    private final Map<String, Phrase[]> bySkeleton;
    private final Map<String, List<Holder>> holders;
    private final Map<String, String> countryNames;
    private final Set<String> countryCodes;
    private final Offices offices;

    /** Builds the indexes; {@code entries} in priority order. */
    public ActorDictionary(List<DictionaryEntry> entries, Offices offices) {
        this.entries = List.copyOf(entries);
        this.offices = offices;
        Map<String, List<Phrase>> first = new HashMap<>();
        Map<String, List<Phrase>> skel = new HashMap<>();
        Map<String, List<Holder>> hold = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, String> intern = new HashMap<>();
        int rank = 0;
        for (DictionaryEntry e : this.entries) {
            rank++;
            boolean agent = e.isAgent();
            List<String> phrases = new ArrayList<>(e.aliases().size() + 1);
            phrases.add(e.name());
            phrases.addAll(e.aliases());
            // "Animal Liberation Front (Alf)": the name is written without its abbreviation in news text.
            phrases.addAll(phrases.stream().map(ActorDictionary::withoutAbbreviation).filter(p -> p != null).toList());
            if (!agent && e.roles().stream().anyMatch(Role::isBareCode)) {
                phrases.addAll(pluralDemonyms(e.aliases()));
            }
            for (String p : phrases) {
                List<String> w = NameKeys.words(p);
                if (w.isEmpty()) {
                    continue;
                }
                addPhrase(first, w, e, rank, intern);
                if (w.size() > 1 && w.get(0).equals("the")) {
                    addPhrase(first, w.subList(1, w.size()), e, rank, intern);
                }
                if (!agent && w.size() > 1) {
                    String sk = NameKeys.skeleton(w);
                    if (sk.indexOf(' ') > 0 && sk.length() >= 6) {
                        skel.computeIfAbsent(sk, k -> new ArrayList<>(1)).add(new Phrase(wordsOf(w, intern), e, rank));
                    }
                }
            }
            if (!agent) {
                for (Role r : e.roles()) {
                    String office = r.title() == null ? null : offices.officeOfTitle(r.title());
                    String country = Actor.countryOf(r.code());
                    if (office != null && country != null) {
                        hold.computeIfAbsent(country + "|" + office, k -> new ArrayList<>(2)).add(new Holder(e, r));
                    }
                    if (r.isBareCode() && !r.isDated() && e.roles().size() == 1
                            && !NOT_PLACES.contains(r.code())) {
                        names.putIfAbsent(r.code(), e.name());
                    }
                }
            }
        }
        this.byFirstWord = freeze(first);
        this.bySkeleton = freeze(skel);
        Map<String, List<Holder>> h = new HashMap<>();
        hold.forEach((k, v) -> h.put(k, List.copyOf(v)));
        this.holders = Map.copyOf(h);
        this.countryNames = Map.copyOf(names);
        Set<String> codes = new HashSet<>(names.keySet());
        codes.addAll(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        this.countryCodes = Set.copyOf(codes);
    }

    /** The name before a closing parenthesised word ("Aryan Nations" of "Aryan Nations (An)"), or null. */
    private static String withoutAbbreviation(String phrase) {
        int open = phrase.lastIndexOf(" (");
        if (open < 1 || !phrase.endsWith(")") || phrase.indexOf(' ', open + 2) >= 0) {
            return null;
        }
        return phrase.substring(0, open);
    }

    /** A dictionary from text in Dateline's format, with the bundled offices: for tests and small custom sets. */
    public static ActorDictionary parse(String file, String text) {
        return new ActorDictionary(DictionaryFormat.parse(file, text), Offices.bundled());
    }

    /** The default dictionaries shipped with Dateline, listed in {@code dateline/actor/dictionaries.txt}. */
    public static ActorDictionary bundled() {
        List<DictionaryEntry> all = new ArrayList<>();
        for (String name : bundledFiles()) {
            all.addAll(DictionaryFormat.read(TableFile.resource("dateline/actor/" + name).named(name)));
        }
        return new ActorDictionary(all, Offices.bundled());
    }

    /** The names of the bundled dictionary files, in priority order. */
    static List<String> bundledFiles() {
        return List.copyOf(TableFile.resource(BUNDLED_LIST).words(false));
    }

    /**
     * The plurals of a country's one-word demonyms ("Armenian": "Armenians", "Pakistani": "Pakistanis"): its people,
     * as the dictionaries' own "Israelis" and "Iraqis" are. Only the regular forms in -an and -i; a place name of
     * that shape ("Sudan") gains a plural no text uses.
     */
    static List<String> pluralDemonyms(List<String> aliases) {
        List<String> out = new ArrayList<>();
        for (String a : aliases) {
            if (a.length() >= 5 && Character.isUpperCase(a.charAt(0)) && a.chars().allMatch(Character::isLetter)
                    && (a.endsWith("an") || a.endsWith("i"))) {
                out.add(a + "s");
            }
        }
        return out;
    }

    private static void addPhrase(Map<String, List<Phrase>> index, List<String> w, DictionaryEntry e, int rank,
            Map<String, String> intern) {
        String[] words = wordsOf(w, intern);
        index.computeIfAbsent(words[0], k -> new ArrayList<>(2)).add(new Phrase(words, e, rank));
    }

    private static String[] wordsOf(List<String> w, Map<String, String> intern) {
        String[] words = new String[w.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = intern.computeIfAbsent(w.get(i), k -> k);
        }
        return words;
    }

    private static Map<String, Phrase[]> freeze(Map<String, List<Phrase>> m) {
        Map<String, Phrase[]> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> {
            Phrase[] a = v.toArray(new Phrase[0]);
            // Longest phrases first, then by priority, so the first full match is the best.
            Arrays.sort(a, (x, y) -> x.words().length != y.words().length
                    ? Integer.compare(y.words().length, x.words().length) : Integer.compare(x.rank(), y.rank()));
            out.put(k, a);
        });
        return Collections.unmodifiableMap(out);
    }

    /** Phrases whose first folded word is {@code word}, longest first. */
    Phrase[] startingWith(String word) {
        return byFirstWord.getOrDefault(word, EMPTY);
    }

    /** Multi-word names with this consonant skeleton. */
    Phrase[] withSkeleton(String skeleton) {
        return bySkeleton.getOrDefault(skeleton, EMPTY);
    }

    private static final Phrase[] EMPTY = new Phrase[0];

    /** The holders of an office in a country ("IRN", "president"), in dictionary order. */
    List<Holder> holders(String country, String office) {
        return holders.getOrDefault(country + "|" + office, List.of());
    }

    /** The office table used for titles. */
    public Offices offices() {
        return offices;
    }

    /** The canonical name of a country code ("IRQ" → "Iraq"), or the code itself. */
    public String countryName(String code) {
        return countryNames.getOrDefault(code, code);
    }

    /**
     * The country a place name stands for ("Baghdad" → IRQ, "Iraq" → IRQ): the highest-priority actor entry with
     * exactly these words whose undated code is a country; null when none. Used for an article's dateline place.
     */
    public String countryOfPlace(String place) {
        if (place == null) {
            return null;
        }
        List<String> w = NameKeys.words(place);
        if (w.isEmpty()) {
            return null;
        }
        for (Phrase p : startingWith(w.get(0))) {
            if (!p.entry().isAgent() && Arrays.asList(p.words()).equals(w)) {
                for (Role r : p.entry().roles()) {
                    if (!r.isDated() && r.isBareCode() && isCountry(r.code())) {
                        return r.code();
                    }
                }
            }
        }
        return null;
    }

    /** Whether a three-letter code is a country (ISO 3166 alpha-3 or a country entry of the dictionaries). */
    public boolean isCountry(String code) {
        return code != null && countryCodes.contains(code);
    }

    /** All entries, in priority order. */
    public List<DictionaryEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }
}
