package dateline.store;

import dateline.actor.Actor;
import dateline.article.Article;
import dateline.dedup.Duplicate;
import dateline.dedup.DuplicateIndex;
import dateline.dedup.Fingerprint;
import dateline.geo.Place;
import dateline.nlp.Sentence;
import dateline.pipeline.CodedArticle;
import dateline.record.ActorRecord;
import dateline.record.EventRecord;
import dateline.record.MentionRecord;
import dateline.quote.Quote;
import dateline.time.EventDate;
import dateline.tone.Tone;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The store's single writer: stores coded articles a batch per transaction, so an article and all its rows
 * commit together or not at all. On the way it skips articles already stored, versions changed texts of a
 * known source, marks exact and near duplicates, and folds every event mention into the event row keyed by
 * (event day, source actor, target actor, code, place), recomputing that row's counts. The event day is the date
 * the text gives the event ({@link EventDate#day()}), so reports of one event published on different days fold
 * into one row.
 *
 * <p>Not thread-safe except {@link #contains}, which reader threads may call to skip known articles before
 * paying for coding.
 */
public final class StoreWriter implements AutoCloseable {
    private final Connection c;
    private final boolean sentenceText;
    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    private final Map<String, String> currentBySource = new HashMap<>();
    private final Map<String, Integer> versionBySource = new HashMap<>();
    private final Map<String, Long> eventKeys = new HashMap<>();
    private DuplicateIndex dups = new DuplicateIndex();
    private long nextEventId;
    private final WriterTimes times = new WriterTimes();

    /** Flip the current version of a source; prepared once, used when a changed text of it arrives. */
    private final PreparedStatement retire;
    private final PreparedStatement eventsOf;

    /**
     * A writer for {@code store}.
     *
     * @param sentenceText whether to store each sentence's text (it can always be sliced from the article text)
     */
    public StoreWriter(Store store, boolean sentenceText) {
        if (store.readOnly()) {
            throw new StoreException("store " + store.directory() + " is open read-only");
        }
        this.c = store.connection();
        this.sentenceText = sentenceText;
        try {
            Appenders.checkColumns(c);
            retire = c.prepareStatement("UPDATE articles SET is_current = false WHERE source = ? AND is_current");
            eventsOf = c.prepareStatement(
                    "SELECT DISTINCT event_id FROM mentions WHERE article_id = ? AND event_id IS NOT NULL");
            reload();
            store.closeWith(this);
        } catch (SQLException e) {
            throw new StoreException("store " + store.directory() + ": cannot prepare writer ("
                    + Store.firstLine(e.getMessage()) + ")", e);
        }
    }

    /** Whether an article with this id is already stored (or written earlier in this run). Thread-safe. */
    public boolean contains(String articleId) {
        return ids.contains(articleId);
    }

    /** Number of articles stored. */
    public int articleCount() {
        return ids.size();
    }

    /**
     * Stores a batch in one transaction. If anything fails the whole batch is rolled back, the writer's memory
     * of the store is reloaded, and the exception is thrown: the caller may retry the articles one by one.
     */
    public List<Written> write(List<CodedArticle> batch) throws SQLException {
        List<Written> out = new ArrayList<>();
        Set<Long> touched = new TreeSet<>();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        Appenders rows = null;
        try {
            long t = System.nanoTime();
            LocalDateTime now = begin();
            rows = Appenders.open(c);
            long inner = times.nanos(WriterTimes.Phase.VERSIONS) + times.nanos(WriterTimes.Phase.DEDUP);
            for (CodedArticle a : batch) {
                out.add(writeOne(a, touched, rows, now));
            }
            ArticleDetails.append(c, batch, out);
            times.add(WriterTimes.Phase.ROWS, t);
            times.addNanos(WriterTimes.Phase.ROWS,
                    inner - times.nanos(WriterTimes.Phase.VERSIONS) - times.nanos(WriterTimes.Phase.DEDUP));
            for (Appenders.Target target : Appenders.Target.values()) {
                t = System.nanoTime();
                rows.close(target);
                times.add(WriterTimes.Phase.valueOf(target.name()), t);
            }
            t = System.nanoTime();
            new EventAggregates(c).recompute(touched);
            times.add(WriterTimes.Phase.AGGREGATES, t);
            t = System.nanoTime();
            c.commit();
            times.add(WriterTimes.Phase.COMMIT, t);
            times.batch(batch.size());
            return out;
        } catch (SQLException | RuntimeException e) {
            // Inside the failed transaction: whatever the appenders still hold goes with the rollback.
            if (rows != null) {
                rows.discard();
            }
            c.rollback();
            reload();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /**
     * Begins the batch's transaction with a statement (DuckDB begins it lazily, and appenders write outside it until
     * then) and returns its start time: what {@code current_timestamp} gives every row of the transaction.
     */
    private LocalDateTime begin() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT current_timestamp::TIMESTAMP")) {
            r.next();
            return r.getObject(1, LocalDateTime.class);
        }
    }

    private Written writeOne(CodedArticle coded, Set<Long> touched, Appenders rows, LocalDateTime now)
            throws SQLException {
        Article a = coded.article();
        if (ids.contains(a.id())) {
            return new Written(a.id(), Written.Status.ALREADY_STORED, null, 0, null);
        }
        String previous = currentBySource.get(a.source());
        int version = previous == null ? 1 : versionBySource.getOrDefault(a.source(), 1) + 1;
        if (previous != null) {
            retireCurrent(a.source(), previous, touched, rows);
        }
        long td = System.nanoTime();
        Fingerprint f = Fingerprint.of(a);
        Optional<Duplicate> dup = dups.find(f);
        dups.add(a.id(), f, dup.map(Duplicate::original).orElse(a.id()));
        times.add(WriterTimes.Phase.DEDUP, td);
        appendArticle(rows, coded, version, now, f, dup);
        appendParts(rows, coded);
        List<MentionRecord> mentions = MentionRecord.all(coded);
        for (MentionRecord m : mentions) {
            // A negated event did not happen: keep the mention as evidence, count it in no event row.
            Long eventId = m.negated() ? null : eventFor(m.event(), rows, now);
            if (eventId != null) {
                touched.add(eventId);
            }
            appendMention(rows, eventId, m);
        }
        ids.add(a.id());
        currentBySource.put(a.source(), a.id());
        versionBySource.put(a.source(), version);
        return new Written(a.id(), previous == null ? Written.Status.NEW : Written.Status.NEW_VERSION,
                dup.orElse(null), mentions.size(), previous);
    }

    /** A changed text of {@code source} arrives: its current version stops being current, its events are recounted. */
    private void retireCurrent(String source, String previous, Set<Long> touched, Appenders rows) throws SQLException {
        long t = System.nanoTime();
        // Rows appended earlier in this batch must be in the table before we flip their is_current flag.
        rows.flush(Appenders.Target.ARTICLES);
        rows.flush(Appenders.Target.MENTIONS);
        retire.setString(1, source);
        retire.executeUpdate();
        eventsOf.setString(1, previous);
        try (ResultSet r = eventsOf.executeQuery()) {
            while (r.next()) {
                touched.add(r.getLong(1));
            }
        }
        times.add(WriterTimes.Phase.VERSIONS, t);
    }

    private static void appendArticle(Appenders rows, CodedArticle coded, int version, LocalDateTime now,
            Fingerprint f, Optional<Duplicate> dup) throws SQLException {
        Article a = coded.article();
        Tone t = coded.tone();
        rows.row(Appenders.Target.ARTICLES).val(a.id()).val(a.source()).val(sourceName(a)).val(a.agency())
                .val(a.agencyCode()).val(a.url()).val(a.datelinePlace()).val(a.date()).val(a.title())
                .val(a.language()).val(a.text()).val(version).val(true)
                .val(coded.annotation().sentences().size()).val(coded.annotation().tokenCount())
                .dbl(t == null ? null : t.tone()).dbl(t == null ? null : t.positive())
                .dbl(t == null ? null : t.negative()).dbl(t == null ? null : t.polarity())
                .val(t == null ? null : t.wordCount())
                .val(coded.notes().isEmpty() ? null : String.join("\n", coded.notes())).val(now)
                .val(f.contentHash()).val(f.words() >= Fingerprint.MIN_WORDS ? f.minHashBytes() : null)
                .val(dup.map(Duplicate::original).orElse(null)).val(dup.map(d -> d.kind().name()).orElse(null))
                .dbl(dup.map(Duplicate::similarity).orElse(null)).add();
    }

    /** The article's sentences, actor mentions, quotes and places. */
    private void appendParts(Appenders rows, CodedArticle coded) throws SQLException {
        Article a = coded.article();
        for (Sentence s : coded.annotation().sentences()) {
            rows.row(Appenders.Target.SENTENCES).val(a.id()).val(s.index()).val(s.paragraph()).span(s.span())
                    .val(sentenceText ? a.slice(s.span()) : null).add();
        }
        List<Actor> actors = coded.actors().actors();
        for (int i = 0; i < actors.size(); i++) {
            Actor x = actors.get(i);
            rows.row(Appenders.Target.ACTORS).val(a.id()).val(i).val(x.code()).val(x.name()).val(x.country())
                    .val(x.role()).val(x.sentence()).span(x.span()).val(x.entry()).val(x.rule())
                    .val(x.dateBasis() == null ? null : x.dateBasis().name()).span(x.antecedent()).add();
        }
        for (int i = 0; i < coded.quotes().size(); i++) {
            Quote q = coded.quotes().get(i);
            rows.row(Appenders.Target.QUOTES).val(a.id()).val(i).val(q.kind() == null ? null : q.kind().name())
                    .val(q.sentence()).span(q.content()).span(q.cue())
                    .val(q.speaker() == null ? null : q.speaker().code())
                    .val(q.speaker() == null ? null : q.speaker().name()).span(q.speakerSpan()).val(q.attribution())
                    .dbl(q.tone()).add();
        }
        for (int i = 0; i < coded.places().size(); i++) {
            Place p = coded.places().get(i);
            rows.row(Appenders.Target.PLACES).val(a.id()).val(i).val(p.name())
                    .val(p.role() == null ? null : p.role().name())
                    .val(p.featureType() == null ? null : p.featureType().name()).dbl(p.lat()).dbl(p.lon())
                    .val(p.countryIso2()).val(p.countryIso3()).val(p.countryFips()).val(p.adm1())
                    .val(p.geonameId() > 0 ? p.geonameId() : null).span(p.span()).val(p.reason()).add();
        }
    }

    private static void appendMention(Appenders rows, Long eventId, MentionRecord m) throws SQLException {
        ActorRecord source = m.event().source();
        ActorRecord target = m.event().target();
        EventDate d = m.date();
        rows.row(Appenders.Target.MENTIONS).val(eventId).val(m.articleId()).val(m.mention()).val(m.sentence())
                .val(ActorRecord.codeOf(source)).textAndSpan(source == null ? null : source.mention())
                .val(ActorRecord.codeOf(target)).textAndSpan(target == null ? null : target.mention())
                .span(m.trigger()).span(m.sentenceText()).span(m.quote()).val(m.rule()).val(m.event().isRoot())
                .val(m.flags().field()).val(m.event().ploverCategory()).val(m.event().ploverMode())
                .val(m.placeReason()).val(m.confidence()).val(d.start()).val(d.end()).val(d.basis().name())
                .span(d.evidence()).add();
    }

    private Long eventFor(EventRecord e, Appenders rows, LocalDateTime now) throws SQLException {
        String key = eventKey(e);
        Long id = eventKeys.get(key);
        if (id != null) {
            return id;
        }
        id = nextEventId++;
        Place p = e.place();
        // The counts start at zero; the recompute at the end of the batch fills them and the tone.
        rows.row(Appenders.Target.EVENTS).val(id).val(e.day()).val(ActorRecord.codeOf(e.source()))
                .val(ActorRecord.nameOf(e.source())).val(ActorRecord.countryOf(e.source()))
                .val(ActorRecord.codeOf(e.target())).val(ActorRecord.nameOf(e.target()))
                .val(ActorRecord.countryOf(e.target())).val(e.code()).val(e.baseCode()).val(e.rootCode())
                .val(e.quadClass()).dbl(e.goldstein()).val(e.isRoot()).val(e.placeKey()).place(p)
                .val(0).val(0).val(0).dbl(null).val(null).val(null).val(now).val(0).add();
        eventKeys.put(key, id);
        return id;
    }

    /** The aggregation key: event day, source actor, target actor, event code, place (as {@link #reload} reads it). */
    static String eventKey(EventRecord e) {
        return key(e.day() == null ? null : e.day().toString(), ActorRecord.codeOf(e.source()),
                ActorRecord.codeOf(e.target()), e.code(), e.placeKey());
    }

    private static String key(String day, String source, String target, String code, String placeKey) {
        return day + "|" + source + "|" + target + "|" + code + "|" + placeKey;
    }

    /**
     * Who published an article, for NumSources: the agency when known, else the web site, else the input it was
     * read from (a corpus file counts as one source), by its file name: a full local path would say nothing to a
     * reader of the data, and a news-source filter would match the directories around it.
     */
    static String sourceName(Article a) {
        if (a.agency() != null && !a.agency().isBlank()) {
            return a.agency();
        }
        if (a.url() != null) {
            try {
                String host = URI.create(a.url().strip()).getHost();
                if (host != null) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException ignored) {
                // not a URL: fall through to the input name
            }
        }
        int hash = a.source().indexOf('#');
        String input = hash > 0 ? a.source().substring(0, hash) : a.source();
        int slash = Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\'));
        return slash >= 0 && slash < input.length() - 1 ? input.substring(slash + 1) : input;
    }

    /** Where this writer spent its time so far. */
    WriterTimes times() {
        return times;
    }

    /** Closes the writer's statements; DuckDB keeps a database open while any statement on it is open. */
    @Override
    public void close() {
        for (PreparedStatement p : List.of(retire, eventsOf)) {
            try {
                p.close();
            } catch (SQLException ignored) {
                // closing: nothing left to save
            }
        }
    }

    /** Rebuilds the writer's memory of the store (ids, versions, fingerprints, event keys) from the database. */
    private void reload() throws SQLException {
        ids.clear();
        currentBySource.clear();
        versionBySource.clear();
        eventKeys.clear();
        dups = new DuplicateIndex();
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT id, source, version, is_current, content_hash, min_hash, "
                    + "coalesce(dup_of, id) FROM articles ORDER BY ingested_at, id")) {
                while (r.next()) {
                    String id = r.getString(1);
                    ids.add(id);
                    if (r.getBoolean(4)) {
                        currentBySource.put(r.getString(2), id);
                        versionBySource.put(r.getString(2), r.getInt(3));
                    }
                    if (r.getString(5) != null) {
                        byte[] sig = r.getBytes(6);
                        // Only articles long enough for near matching have a stored signature.
                        dups.add(id, new Fingerprint(r.getString(5), sig == null ? null : Fingerprint.minHashOf(sig),
                                sig == null ? 0 : Fingerprint.MIN_WORDS), r.getString(7));
                    }
                }
            }
            try (ResultSet r = s.executeQuery("SELECT id, day, source_code, target_code, code, place_key FROM events")) {
                while (r.next()) {
                    eventKeys.put(key(r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6)),
                            r.getLong(1));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM events")) {
                r.next();
                nextEventId = r.getLong(1);
            }
        }
    }
}
