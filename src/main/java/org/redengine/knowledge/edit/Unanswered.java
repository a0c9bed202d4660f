package org.redengine.knowledge.edit;

import org.redengine.knowledge.TextNormalizer;
import org.redengine.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The questions the bot fell back on or answered with low confidence: one row per distinct normalised question
 * with how often it was asked. Noted in memory and written every few seconds in one batch, off the reply's path.
 * Listed grouped by similarity (character bigrams), most asked first, so admins see what is missing.
 */
public final class Unanswered {

    private static final Logger log = LoggerFactory.getLogger(Unanswered.class);
    static final int MAX_CHARS = 200;
    /** Two questions sharing this much of their bigrams (Jaccard) are the same question asked differently. */
    static final double SAME = 0.5;

    public record Question(String question, String asked, int times, double confidence, long lastAt) {
    }

    /** Similar questions together; {@code times} is the group's total. */
    public record Group(String representative, int times, double confidence, List<Question> questions) {
    }

    private final Database db;
    private final Clock clock;

    public Unanswered(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    private record Pending(String asked, int times, double confidence, long at) {
    }

    /** Questions since the last flush, by key: a burst of the same question is one row update, not one per ask. */
    private final java.util.concurrent.ConcurrentHashMap<String, Pending> pending = new java.util.concurrent.ConcurrentHashMap<>();

    /** Notes a question; written with the next {@link #flush()} (soft data: a crash loses at most that much). */
    public void record(String asked, double confidence) {
        String text = asked.strip();
        if (text.isEmpty()) return;
        if (text.length() > MAX_CHARS) text = text.substring(0, MAX_CHARS);
        String key = TextNormalizer.normalize(text).replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]+", "");
        if (key.isEmpty() || pending.size() > 100_000) return;
        Pending now = new Pending(text, 1, confidence, clock.millis());
        pending.merge(key, now, (a, b) -> new Pending(b.asked(), a.times() + 1, b.confidence(), b.at()));
    }

    /** Writes what was noted since the last flush in one queued write (called every few seconds, and on close). */
    public java.util.concurrent.CompletableFuture<?> flush() {
        if (pending.isEmpty()) return java.util.concurrent.CompletableFuture.completedFuture(null);
        java.util.Map<String, Pending> batch = new java.util.HashMap<>();
        for (String key : new ArrayList<>(pending.keySet())) {
            Pending p = pending.remove(key);
            if (p != null) batch.put(key, p);
        }
        return db.writeAsync(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO unanswered (question, asked, times, confidence, first_at, last_at, resolved) VALUES (?, ?, ?, ?, ?, ?, 0)
                    ON CONFLICT (question) DO UPDATE SET times = unanswered.times + excluded.times, last_at = excluded.last_at,
                      confidence = excluded.confidence, asked = excluded.asked, resolved = 0""")) {
                for (java.util.Map.Entry<String, Pending> e : batch.entrySet()) {
                    Pending p = e.getValue();
                    ps.setString(1, e.getKey());
                    ps.setString(2, p.asked());
                    ps.setInt(3, p.times());
                    ps.setDouble(4, p.confidence());
                    ps.setLong(5, p.at());
                    ps.setLong(6, p.at());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        }).exceptionally(e -> {
            log.warn("could not record {} unanswered questions", batch.size(), e);
            return null;
        });
    }

    /** Marks questions answered (after an admin added an answer), so they leave the list until asked again. */
    public void resolve(List<String> questions) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE unanswered SET resolved = 1 WHERE question = ?")) {
                for (String q : questions) {
                    ps.setString(1, q);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public List<Group> groups(int limit) {
        flush().join(); // what was asked a moment ago is on the list too
        List<Question> all = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT question, asked, times, confidence, last_at FROM unanswered WHERE resolved = 0 ORDER BY times DESC, last_at DESC LIMIT 2000");
                 ResultSet rs = ps.executeQuery()) {
                List<Question> out = new ArrayList<>();
                while (rs.next()) out.add(new Question(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getDouble(4), rs.getLong(5)));
                return out;
            }
        });
        List<List<Question>> clusters = new ArrayList<>();
        List<Set<String>> grams = new ArrayList<>();
        for (Question q : all) { // most asked first, so each group is led by its most asked question
            Set<String> g = bigrams(q.question());
            int best = -1;
            double bestScore = SAME;
            for (int i = 0; i < clusters.size(); i++) {
                double s = jaccard(g, grams.get(i));
                if (s >= bestScore) {
                    best = i;
                    bestScore = s;
                }
            }
            if (best < 0) {
                clusters.add(new ArrayList<>(List.of(q)));
                grams.add(g);
            } else {
                clusters.get(best).add(q);
            }
        }
        List<Group> out = new ArrayList<>();
        for (List<Question> c : clusters) {
            out.add(new Group(c.get(0).asked(), c.stream().mapToInt(Question::times).sum(),
                    c.stream().mapToDouble(Question::confidence).max().orElse(0), c));
        }
        out.sort((a, b) -> Integer.compare(b.times(), a.times()));
        return out.subList(0, Math.min(limit, out.size()));
    }

    static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) out.add(s.substring(i, i + 2));
        if (out.isEmpty()) out.add(s);
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        int common = 0;
        for (String x : a) if (b.contains(x)) common++;
        return (double) common / (a.size() + b.size() - common);
    }
}
