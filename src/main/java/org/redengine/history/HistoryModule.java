package org.redengine.history;

import org.redengine.core.Module;
import org.redengine.core.Timers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/** The bot's message history: kept {@code days} days (0: forever), the older messages deleted hourly. */
public final class HistoryModule implements Module {

    private static final Logger log = LoggerFactory.getLogger(HistoryModule.class);

    private final MessageHistory history;
    private final int days;
    private final Clock clock;

    public HistoryModule(MessageHistory history, int days, Clock clock) {
        this.history = history;
        this.days = days;
        this.clock = clock;
    }

    @Override
    public void routes(org.redengine.server.Routes routes) {
        routes.organizer("GET", "/member-history", org.redengine.admin.GroupAccess.ofGroup(this::memberHistory));
    }

    /** GET /api/admin/member-history?channel=&group=&user=&limit=: one member's messages and replies in a group. */
    private org.redengine.server.Response memberHistory(org.redengine.server.Request request) {
        String user = request.queryParam("user");
        if (user == null || user.isBlank()) return org.redengine.server.Response.error(400, "缺少参数 user（成员）");
        String channel = request.queryParam("channel") == null ? "web" : request.queryParam("channel");
        int limit = 100;
        try {
            if (request.queryParam("limit") != null) limit = Math.min(Math.max(Integer.parseInt(request.queryParam("limit")), 1), 500);
        } catch (NumberFormatException e) {
            return org.redengine.server.Response.error(400, "limit 必须是数字");
        }
        java.util.List<java.util.Map<String, Object>> out = new java.util.ArrayList<>();
        for (MessageHistory.Stored m : history.involving(
                org.redengine.conversation.ConversationKey.group(channel, request.queryParam("group")), user, limit)) {
            boolean mine = m.type().equals(org.redengine.conversation.ReplyType.MEMBER.wireName());
            out.add(java.util.Map.of("time", java.time.Instant.ofEpochMilli(m.createdAt()).toString(),
                    "from", mine ? "member" : "bot", "type", m.type(), "text", m.text()));
        }
        return org.redengine.server.Response.json(200, java.util.Map.of("user", user, "messages", out));
    }

    @Override
    public void timers(Timers timers) {
        if (days <= 0) return;
        timers.every("history retention", Duration.ofMinutes(1), Duration.ofMinutes(60), () -> {
            long cutoff = clock.instant().minus(Duration.ofDays(days)).toEpochMilli();
            int deleted = history.deleteBefore(cutoff);
            if (deleted > 0) log.info("retention: deleted {} bot messages older than {} days", deleted, days);
        });
    }
}
