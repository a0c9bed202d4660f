package org.redengine.people;

import org.redengine.conversation.Command;
import org.redengine.conversation.CommandContext;
import org.redengine.conversation.Incoming;
import org.redengine.conversation.Reply;
import org.redengine.conversation.ReplyType;
import org.redengine.conversation.Role;

import java.util.List;

/** 设为组织者 @张三 / 取消组织者 @张三: an admin appoints or removes a group's organizer in the group chat. */
public final class AppointOrganizerCommand implements Command {

    private final boolean appoint;
    private final PeopleStore people;
    private final RoleStore roles;

    public AppointOrganizerCommand(boolean appoint, PeopleStore people, RoleStore roles) {
        this.appoint = appoint;
        this.people = people;
        this.roles = roles;
    }

    @Override
    public String keyword() {
        return appoint ? "设为组织者" : "取消组织者";
    }

    @Override
    public List<String> aliases() {
        return List.of(appoint ? "/organizer" : "/unorganizer");
    }

    @Override
    public String helpLine() {
        return keyword() + " @某人（" + aliases().get(0) + "）：" + (appoint ? "任命本群的组织者" : "取消本群组织者");
    }

    @Override
    public Role role() {
        return Role.ADMIN;
    }

    @Override
    public org.redengine.conversation.Scope scope() {
        return org.redengine.conversation.Scope.GROUP;
    }

    @Override
    public List<Reply> handle(CommandContext context) {
        Incoming m = context.message();
        String name = context.arguments().replaceFirst("^[@＠]", "").strip();
        if (name.isEmpty()) {
            return notice("请在命令后 @ 要" + (appoint ? "任命" : "取消") + "的成员，例如：" + keyword() + " @张三");
        }
        List<String> ids = people.membersNamed(m.channel(), m.groupId(), name);
        if (ids.isEmpty()) {
            return notice("本群里没有找到“" + name + "”。请确认对方已在群里发过言，并且昵称一致。");
        }
        if (ids.size() > 1) {
            return notice("本群有 " + ids.size() + " 位成员叫“" + name + "”，请改用管理后台按用户任命。");
        }
        RoleStore.Grant grant = new RoleStore.Grant(m.channel(), ids.get(0), m.groupId(), Role.ORGANIZER);
        boolean changed = appoint ? roles.grant(grant, m.userId()) : roles.revoke(grant);
        String text = appoint
                ? (changed ? "已任命 " + name + " 为本群组织者。" : name + " 已经是本群组织者。")
                : (changed ? "已取消 " + name + " 的本群组织者身份。" : name + " 不是本群组织者。");
        return notice(text);
    }

    private static List<Reply> notice(String text) {
        return List.of(Reply.of(ReplyType.NOTICE, text));
    }
}
