package org.redengine.channels.wechat;

import org.redengine.conversation.ChannelSender;
import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.Delivered;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * WeCom group robots (群机器人, webhooks) as push-only outlets, one per group: the messages the bot sends on its own
 * to a group (contest questions and results, study posts, reminders) are also posted to that group's webhook. A
 * webhook cannot hear anything, so it only suits groups whose members answer elsewhere (the web chat, or the
 * intelligent robot). Configured as {@code CHANNEL:GROUP=URL} pairs separated by commas.
 */
public final class GroupWebhooks implements ChannelSender, AutoCloseable {

    private final Map<String, GroupRobot> robots = new LinkedHashMap<>();

    public GroupWebhooks(Map<String, String> webhooksByGroup, int perMinute) {
        webhooksByGroup.forEach((group, url) -> robots.put(group, new GroupRobot(url, perMinute)));
    }

    /**
     * Parses {@code web:g1=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…,wecom-bot:wrk…=https://…}; a
     * blank spec is none.
     *
     * @throws IllegalArgumentException with a message for the admin, for a pair that is not {@code CHANNEL:GROUP=URL}
     */
    public static Map<String, String> parse(String spec) {
        Map<String, String> out = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) return out;
        for (String pair : spec.split(",")) {
            if (pair.isBlank()) continue;
            int eq = pair.indexOf('=');
            String group = eq < 0 ? "" : pair.substring(0, eq).strip();
            String url = eq < 0 ? "" : pair.substring(eq + 1).strip();
            boolean web = url.startsWith("https://") || url.startsWith("http://");
            if (!group.matches("[a-z-]+:.+") || !web) {
                throw new IllegalArgumentException("群机器人 Webhook 配置格式不对：“" + pair.strip()
                        + "”。应为 渠道:群ID=Webhook地址，多个用逗号分隔，例如 web:g1=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…");
            }
            URI.create(url); // a malformed address stops start-up here, not at the first post
            out.put(group, url);
        }
        return out;
    }

    public boolean isEmpty() {
        return robots.isEmpty();
    }

    @Override
    public void deliver(Delivered d) {
        if (d.fromMember() || d.conversation().kind() != ConversationKey.Kind.GROUP) return;
        GroupRobot robot = robots.get(d.conversation().channel() + ":" + d.conversation().id());
        if (robot != null) robot.post(d.reply().text()); // queued and paced in order
    }

    @Override
    public void close() {
        robots.values().forEach(GroupRobot::close);
    }
}
