package org.redengine.channels.web;

import org.redengine.conversation.ConversationKey;
import org.redengine.people.PeopleStore;

import java.time.Clock;

/**
 * Who may read which bot history: a private chat only by its owner's session; a web group by its members, from the
 * moment they joined; other channels' chats only by the admin (token or console), who may read everything.
 */
final class HistoryAccess {

    /** Either a conversation readable from {@code since} (epoch ms), or a refusal with its HTTP status. */
    record Decision(ConversationKey key, long since, int status, String error) {
        boolean allowed() {
            return error == null;
        }

        static Decision refuse(int status, String error) {
            return new Decision(null, 0, status, error);
        }
    }

    private final PeopleStore people;
    private final Clock clock;

    HistoryAccess(PeopleStore people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /**
     * @param join a web group's live subscription joins the group (as opening a group chat does); reading the
     *             history over HTTP does not
     */
    Decision check(WebCallers.Caller caller, String channel, String user, String group, boolean join) {
        ConversationKey key = group != null ? ConversationKey.group(channel, group) : ConversationKey.direct(channel, user);
        if (caller.admin()) return new Decision(key, 0, 0, null);
        if (!channel.equals("web")) return Decision.refuse(403, "其他渠道的聊天记录只有管理员可以查看");
        if (caller.session() == null) return Decision.refuse(401, "需要会话：请先获取会话（POST /api/session）");
        if (group == null) {
            return user.equals(caller.userId()) ? new Decision(key, 0, 0, null)
                    : Decision.refuse(403, "只能查看自己的私聊记录");
        }
        Long joined = people.joinedAt(channel, group, caller.userId(), join, clock.millis());
        if (joined == null) return Decision.refuse(403, "你还不是这个群的成员：在群里发言或打开群聊后才能看到群消息");
        return new Decision(key, joined, 0, null);
    }
}
