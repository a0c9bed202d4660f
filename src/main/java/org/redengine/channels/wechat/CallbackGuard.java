package org.redengine.channels.wechat;

import org.redengine.server.RateLimitedLog;
import org.redengine.server.Request;
import org.redengine.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * The checks every signed platform callback passes, shared by the channels: signatures (through the channel's
 * {@link WeChatCrypto}), a timestamp within the replay window, a (timestamp, nonce) used once, and the refusal of
 * anything else: counted by reason for {@code /metrics}, logged at most once a minute per reason, answered with a
 * short Chinese reason.
 */
final class CallbackGuard {

    private static final Logger log = LoggerFactory.getLogger(CallbackGuard.class);

    private final String channel;
    private final WeChatCrypto crypto;
    private final Duration window;
    private final Clock clock;
    private final ReplayGuard replays;
    private final BiConsumer<String, String> rejected;
    private final RateLimitedLog rejectionLog;

    /**
     * @param replays  remembers (timestamp, nonce) pairs; null for none (tests)
     * @param rejected counts a refusal: (channel, reason)
     */
    CallbackGuard(String channel, WeChatConfig config, Clock clock, ReplayGuard replays, BiConsumer<String, String> rejected) {
        this.channel = channel;
        this.crypto = new WeChatCrypto(config.token(), blank(config.aesKey()) ? null : config.aesKey(), config.appId());
        this.window = config.replayWindow();
        this.clock = clock;
        this.replays = replays;
        this.rejected = rejected;
        this.rejectionLog = new RateLimitedLog(log, clock::millis);
    }

    WeChatCrypto crypto() {
        return crypto;
    }

    /** A refused callback: counted, logged without flooding, answered with a short reason. */
    Response reject(int status, String reason, String text) {
        rejected.accept(channel, reason);
        rejectionLog.warn(channel + ":" + reason, "rejected a {} callback: {}", channel, reason);
        return Response.plain(status, text);
    }

    /** Whether the callback's timestamp is within the replay window of now. */
    boolean fresh(String timestamp) {
        try {
            return Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp)) <= window.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whether this (timestamp, nonce) is new, or a retry with the same body. */
    boolean firstUse(Request request) {
        return replays == null || replays.admit(channel, request.queryParam("timestamp"), request.queryParam("nonce"), request.body());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
