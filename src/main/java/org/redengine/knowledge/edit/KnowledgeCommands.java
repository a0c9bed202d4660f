package org.redengine.knowledge.edit;

import org.redengine.conversation.Command;
import org.redengine.conversation.Reply;
import org.redengine.conversation.ReplyType;
import org.redengine.conversation.Role;
import org.redengine.conversation.SimpleCommand;
import org.redengine.knowledge.Answer;

import java.util.List;

/** 添加问答 (admins) and 有用 / 没用 (everyone) in chat. */
public final class KnowledgeCommands {

    private KnowledgeCommands() {
    }

    /**
     * 添加问答 问题 | 答案 | 来源: adds a FAQ entry and shows how the bot now answers it. An admin's entry answers in
     * every chat; an organizer's only in their group (its own file under {@code faq/群问答/}, 范围 = the group), until
     * an admin makes it global in the console.
     */
    public static Command addFaq(KnowledgeEditor editor, org.redengine.knowledge.Answers knowledge) {
        return new SimpleCommand("添加问答", List.of("/addfaq"),
                "添加问答 问题 | 答案 | 来源（/addfaq）：往知识库添加一条问答（组织者添加的只在本群使用）",
                Role.ORGANIZER, SimpleCommand.ANYWHERE, c -> {
            // an organizer's role holds in their group only, so a non-admin here is always in a group
            boolean admin = c.role().atLeast(Role.ADMIN);
            String[] parts = c.arguments().split("[|｜]", -1);
            if (parts.length < 2 || parts.length > 3) {
                return notice("格式：添加问答 问题 | 答案 | 来源\n例如：添加问答 遵义会议在哪里召开？ | 贵州遵义。 | 《中国共产党简史》");
            }
            String groupScope = org.redengine.knowledge.Answers.scopeOf(c.message().channel(), c.message().groupId());
            FaqRow row = new FaqRow(parts[0], parts[1], parts.length == 3 ? parts[2] : "", List.of(), admin ? "" : groupScope);
            KnowledgeEditor.Change change;
            try {
                change = editor.addFaq(admin ? null : groupFile(c.message().channel(), c.message().groupId()), row,
                        "chat:" + c.message().channel() + ":" + c.message().userId());
            } catch (KnowledgeEditor.EditException e) {
                return notice("没有添加：" + e.getMessage());
            }
            Answer now = knowledge.answer(row.question(), groupScope);
            StringBuilder sb = new StringBuilder("已添加问答（版本 ").append(change.id()).append("，写入 ").append(change.file())
                    .append(admin ? "，所有群和私聊都可用" : "，只在本群使用；管理员可以在后台设为全部可用").append("）：")
                    .append("\n问：").append(row.question()).append("\n答：").append(row.answer());
            if (!row.source().isEmpty()) sb.append("\n来源：").append(row.source());
            sb.append("\n\n现在问“").append(row.question()).append("”，我会回答：\n")
                    .append(now.confident() ? now.textWithSourceNote() : "（还是没有把握，请检查问题的写法）");
            return notice(sb.toString());
        });
    }

    public static Command rate(Feedback feedback, boolean useful) {
        String keyword = useful ? "有用" : "没用";
        return new SimpleCommand(keyword, List.of(useful ? "/useful" : "/useless"),
                keyword + "：评价我刚才的回答" + (useful ? "有帮助" : "没有帮助"), Role.MEMBER, SimpleCommand.ANYWHERE, c -> {
            boolean rated = feedback.rateLatest(c.message().conversation(), c.message().userId(), useful);
            if (!rated) return notice("还没有可以评价的回答。先问我一个党史问题吧。");
            return notice(useful ? "谢谢你的评价！" : "谢谢反馈，我们会改进这条回答。也可以换个说法再问我。");
        });
    }

    /** The file of one group's own entries: readable, unique per group, within the editor's allowed names. */
    public static String groupFile(String channel, String groupId) {
        String readable = KnowledgeEditor.safeBaseName(channel + "-" + groupId);
        if (readable.length() > 40) readable = readable.substring(0, 40);
        String hash = Integer.toHexString((channel + "\u0000" + groupId).hashCode() & 0x7fffffff);
        return "faq/群问答/" + readable + "-" + hash + ".csv";
    }

    private static List<Reply> notice(String text) {
        return List.of(Reply.of(ReplyType.NOTICE, text));
    }
}
