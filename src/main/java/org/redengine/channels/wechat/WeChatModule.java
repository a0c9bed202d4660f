package org.redengine.channels.wechat;

import org.redengine.conversation.Conversation;
import org.redengine.conversation.ConversationLog;
import org.redengine.conversation.Outbound;
import org.redengine.core.Module;
import org.redengine.core.Timers;
import org.redengine.server.Routes;
import org.redengine.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * The WeChat Official Account ({@code /wechat}) and the WeCom application ({@code /wecom}) callbacks, each on when
 * configured, with their replay guards and outbound senders; and the groups' WeCom webhooks (push-only outlets).
 */
public final class WeChatModule implements Module {

    private static final Logger log = LoggerFactory.getLogger(WeChatModule.class);
    public static final String MIGRATIONS = "classpath:db/migration/wechat";

    private final WeChatChannel wechat;
    private final WeComChannel wecom;
    private final GroupWebhooks webhooks;
    private final ReplayGuard wechatReplays, wecomReplays;

    public WeChatModule(WeChatConfig officialAccount, WeChatConfig work, String webhook, Database db, Conversation conversation,
                        ConversationLog conversationLog, Outbound outbound, BiConsumer<String, String> rejected, Clock clock,
                        ExecutorService channelWork, BooleanSupplier ready, java.util.function.Consumer<String> officialAccountPushes) {
        if (officialAccount.enabled()) {
            wechatReplays = new ReplayGuard(db, clock, officialAccount.replayWindow());
            wechat = new WeChatChannel(officialAccount, conversation, conversationLog, new WeChatApi(officialAccount, clock), clock,
                    channelWork, ready, wechatReplays, rejected, db, officialAccountPushes);
            outbound.register(WeChatChannel.CHANNEL, wechat);
            log.info("wechat official account channel on /wechat ({} mode)", officialAccount.aesKey() == null ? "plaintext" : "safe");
        } else {
            wechat = null;
            wechatReplays = null;
        }
        if (work.enabled()) {
            wecomReplays = new ReplayGuard(db, clock, work.replayWindow());
            wecom = new WeComChannel(work, conversation, conversationLog, new WeComApi(work, clock), clock, channelWork, ready,
                    wecomReplays, rejected);
            outbound.register(WeComChannel.CHANNEL, wecom);
            log.info("wecom application channel on /wecom (private chats and notifications)");
        } else {
            wecom = null;
            wecomReplays = null;
        }
        webhooks = new GroupWebhooks(GroupWebhooks.parse(webhook), 20);
        if (!webhooks.isEmpty()) outbound.alsoTo(webhooks);
    }

    @Override
    public void routes(Routes routes) {
        if (wechat != null) routes.get("/wechat", wechat::verify).post("/wechat", wechat::receive);
        if (wecom != null) routes.get("/wecom", wecom::verify).post("/wecom", wecom::receive);
    }

    @Override
    public void timers(Timers timers) {
        if (wechatReplays != null) timers.every("wechat nonces", Duration.ofMinutes(10), Duration.ofMinutes(60), wechatReplays::prune);
        if (wecomReplays != null) timers.every("wecom nonces", Duration.ofMinutes(10), Duration.ofMinutes(60), wecomReplays::prune);
    }

    @Override
    public void close() {
        webhooks.close();
    }
}
