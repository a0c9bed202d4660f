package org.redengine.channels.wechat;

import org.redengine.storage.Sql;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.redengine.storage.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Refuses a signed callback URL used again for a different body. A platform signs (timestamp, nonce) but not the
 * body (plaintext mode), so whoever sees one signed URL could otherwise send any body under it for the whole
 * freshness window. Every (timestamp, nonce) is remembered with a hash of its body for twice the window; the same
 * pair with the same body is a platform retry (answered once by the dedupe), with another body a replay. With
 * PostgreSQL the pairs are shared by every node through the database, otherwise they are held in memory.
 */
public final class ReplayGuard {

    private final Database db;
    private final Clock clock;
    private final Duration window;
    private final Cache<String, String> seen;

    public ReplayGuard(Database db, Clock clock, Duration window) {
        this.db = db != null && db.kind() == Database.Kind.POSTGRESQL ? db : null;
        this.clock = clock;
        this.window = window;
        this.seen = Caffeine.newBuilder().ticker(org.redengine.core.Tickers.of(clock))
                .expireAfterWrite(window.multipliedBy(2)).maximumSize(1_000_000).build();
    }

    /** True for a first use of this (timestamp, nonce), or a retry with the very same body. */
    public boolean admit(String channel, String timestamp, String nonce, byte[] body) {
        if (timestamp == null || nonce == null || nonce.length() > 128) return false;
        String key = channel + "\u0000" + timestamp + "\u0000" + nonce;
        String hash = hash(body);
        String earlier = seen.asMap().putIfAbsent(key, hash);
        if (earlier != null) return earlier.equals(hash);
        if (db == null) return true;
        long stamp;
        try {
            stamp = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        long now = clock.millis();
        String stored = db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO seen_nonces (channel, stamp, nonce, body_hash, seen_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (channel, stamp, nonce) DO NOTHING""")) {
                ps.setString(1, channel);
                ps.setLong(2, stamp);
                ps.setString(3, nonce);
                ps.setString(4, hash);
                ps.setLong(5, now);
                if (ps.executeUpdate() > 0) return hash;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT body_hash FROM seen_nonces WHERE channel = ? AND stamp = ? AND nonce = ?")) {
                ps.setString(1, channel);
                ps.setLong(2, stamp);
                ps.setString(3, nonce);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : hash;
                }
            }
        });
        seen.put(key, stored);
        return stored.equals(hash);
    }

    /** Forgets pairs older than twice the window (run now and then). */
    public void prune() {
        if (db == null) return;
        long cutoff = clock.millis() - window.multipliedBy(2).toMillis();
        db.write(c -> {
            return Sql.update(c, "DELETE FROM seen_nonces WHERE seen_at < ?", cutoff);
        });
    }

    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
