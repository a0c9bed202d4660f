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
 * The WeCom intelligent robot over its long connection, on when a bot id and secret are set: connects once the
 * server is ready, pushes queued messages every second, disconnects on shutdown.
 */
public final class WeComBotModule implements Module {

    public static final String MIGRATIONS = "classpath:db/migration/wecombot";
    private static final Logger log = LoggerFactory.getLogger(WeComBotModule.class);

    private final WeComBotChannel channel;

    public WeComBotModule(WeComBotConfig config, Conversation conversation, ConversationLog conversationLog,
                          Outbound outbound, Database db, Clock clock, ExecutorService channelWork) {
        if (config.enabled()) {
            channel = new WeComBotChannel(config, conversation, conversationLog, db, clock, channelWork);
            outbound.register(WeComBotChannel.CHANNEL, channel);
        } else {
            channel = null;
        }
    }

    /** The channel, or null when it is off. */
    public WeComBotChannel channel() {
        return channel;
    }

    @Override
    public void timers(Timers timers) {
        if (channel == null) return;
        channel.start();
        log.info("wecom intelligent robot: connecting over its long connection");
        timers.every("wecom-bot pushes", Duration.ofSeconds(1), Duration.ofSeconds(1), channel::pump);
    }

    @Override
    public void close() {
        if (channel != null) channel.close();
    }
}
