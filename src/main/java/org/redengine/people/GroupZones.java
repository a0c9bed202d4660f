package org.redengine.people;

import org.redengine.storage.Sql;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.redengine.storage.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Each group's time zone (chat_groups.time_zone, Asia/Shanghai unless an admin changed it): "today", streaks and
 * schedules follow the group's clock. Read on every check-in, so cached for a minute.
 */
public final class GroupZones {

    public static final ZoneId DEFAULT = ZoneId.of("Asia/Shanghai");

    private final Database db;
    private final Cache<String, ZoneId> cache;

    public GroupZones(Database db, java.time.Clock clock) {
        this.db = db;
        this.cache = Caffeine.newBuilder().ticker(org.redengine.core.Tickers.of(clock)).maximumSize(50_000)
                .expireAfterWrite(Duration.ofMinutes(1)).build();
    }

    public ZoneId zoneOf(String channel, String groupId) {
        if (groupId == null) return DEFAULT;
        return cache.get(channel + "\u0000" + groupId, k -> db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT time_zone FROM chat_groups WHERE channel = ? AND group_id = ?")) {
                ps.setString(1, channel);
                ps.setString(2, groupId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? parse(rs.getString(1)) : DEFAULT;
                }
            }
        }));
    }

    /** Sets a group's zone (admin API); the group is created if the bot has not seen it yet. */
    public void setZone(String channel, String groupId, ZoneId zone, long now) {
        db.write(c -> {
            return Sql.update(c, """
                    INSERT INTO chat_groups (channel, group_id, time_zone, created_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (channel, group_id) DO UPDATE SET time_zone = excluded.time_zone""", channel, groupId, zone.getId(), now);
        });
        cache.invalidate(channel + "\u0000" + groupId);
    }

    private static ZoneId parse(String id) {
        try {
            return id == null || id.isBlank() ? DEFAULT : ZoneId.of(id);
        } catch (DateTimeException e) {
            return DEFAULT;
        }
    }
}
