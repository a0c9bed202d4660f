package org.redengine.knowledge.edit;

import org.redengine.storage.Sql;
import org.redengine.storage.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Members' ratings of answers (有用 / 没用), one per member and answer, added up per knowledge entry. */
public final class Ratings {

    public record Tally(int useful, int notUseful) {
    }

    private final Database db;
    private final Clock clock;

    public Ratings(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Rates one bot message; a member's second rating of the same answer replaces the first. */
    public void rate(String conversation, long seq, String userId, String entry, boolean useful) {
        db.write(c -> {
            return Sql.update(c, """
                    INSERT INTO ratings (conversation, seq, user_id, entry, useful, at) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (conversation, seq, user_id) DO UPDATE SET useful = excluded.useful, at = excluded.at""", conversation, seq, userId, entry, useful ? 1 : 0, clock.millis());
        });
    }

    /** Ratings per entry (the answer's source title). */
    public Map<String, Tally> tallies() {
        return db.read(c -> {
            Map<String, Tally> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT entry, SUM(useful), COUNT(*) - SUM(useful) FROM ratings GROUP BY entry");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), new Tally(rs.getInt(2), rs.getInt(3)));
            }
            return out;
        });
    }
}
