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
 * with how often it was asked. Recorded off the reply's path (a queued write nobody waits for). Listed grouped by
 * similarity (character bigrams), most asked first, so admins see what is missing.
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

    public void record(String asked, double confidence) {
        String text = asked.strip();
        if (text.isEmpty()) return;
        if (text.length() > MAX_CHARS) text = text.substring(0, MAX_CHARS);
        String key = TextNormalizer.normalize(text).replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]+", "");
        if (key.isEmpty()) return;
        String shown = text;
        long now = clock.millis();
        db.writeAsync(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO unanswered (question, asked, times, confidence, first_at, last_at, resolved) VALUES (?, ?, 1, ?, ?, ?, 0)
                    ON CONFLICT (question) DO UPDATE SET times = unanswered.times + 1, last_at = excluded.last_at,
                      confidence = excluded.confidence, asked = excluded.asked, resolved = 0""")) {
                ps.setString(1, key);
                ps.setString(2, shown);
                ps.setDouble(3, confidence);
                ps.setLong(4, now);
                ps.setLong(5, now);
                return ps.executeUpdate();
            }
        }).exceptionally(e -> {
            log.warn("could not record an unanswered question", e);
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
