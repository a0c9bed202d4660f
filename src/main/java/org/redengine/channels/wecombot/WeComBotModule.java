package org.redengine.channels.wecombot;

import org.redengine.conversation.Conversation;
import org.redengine.conversation.ConversationLog;
import org.redengine.conversation.Outbound;
import org.redengine.core.Module;
import org.redengine.core.Timers;
import org.redengine.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

/**
 * The WeCom intelligent robot, on when a bot id and secret (the long connection: connects once the server is ready,
 * disconnects on shutdown) or a token and key (callbacks on {@code /wecom/bot}) are set; pushes queued messages
 * every second.
 */
public final class WeComBotModule implements Module {

    public static final String MIGRATIONS = "classpath:db/migration/wecombot";
    private static final Logger log = LoggerFactory.getLogger(WeComBotModule.class);

    /** Callbacks older or newer than this are refused, and their nonces remembered this long (as for WeChat). */
    static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);

    private final WeComBotChannel channel;
    private final BotCallbacks callbacks;
    private final org.redengine.channels.wechat.ReplayGuard replays;

    public WeComBotModule(WeComBotConfig config, Conversation conversation, ConversationLog conversationLog,
                          Outbound outbound, Database db, Clock clock, ExecutorService channelWork,
                          java.util.function.BiConsumer<String, String> rejected) {
        if (config.enabled()) {
            channel = new WeComBotChannel(config, conversation, conversationLog, db, clock, channelWork);
            outbound.register(WeComBotChannel.CHANNEL, channel);
        } else {
            channel = null;
        }
        if (config.callbackMode()) {
            replays = new org.redengine.channels.wechat.ReplayGuard(db, clock, REPLAY_WINDOW);
            callbacks = new BotCallbacks(channel, config, replays, clock, REPLAY_WINDOW, rejected);
        } else {
            replays = null;
            callbacks = null;
        }
    }

    @Override
    public void routes(org.redengine.server.Routes routes) {
        if (callbacks != null) routes.get("/wecom/bot", callbacks::verify).post("/wecom/bot", callbacks::receive);
    }

    /** The channel, or null when it is off. */
    public WeComBotChannel channel() {
        return channel;
    }

    @Override
    public void timers(Timers timers) {
        if (channel == null) return;
        channel.start();
        log.info(callbacks != null ? "wecom intelligent robot: callbacks on /wecom/bot" : "wecom intelligent robot: connecting over its long connection");
        if (replays != null) timers.every("wecom-bot nonces", Duration.ofMinutes(10), Duration.ofMinutes(60), replays::prune);
        timers.every("wecom-bot pushes", Duration.ofSeconds(1), Duration.ofSeconds(1), channel::pump);
    }

    @Override
    public void close() {
        if (channel != null) channel.close();
    }
}
