package org.redengine.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The commands the bot knows, found by keyword or alias; also writes the help text. */
public final class CommandRegistry {

    /** A command matched in a message, with the text after its keyword. */
    public record Match(Command command, String arguments) {
    }

    private final Map<String, Command> byWord = new LinkedHashMap<>();
    private final List<Command> commands = new ArrayList<>();

    public CommandRegistry register(Command command) {
        for (String word : words(command)) {
            String key = word.toLowerCase(Locale.ROOT);
            if (byWord.putIfAbsent(key, command) != null) {
                throw new IllegalArgumentException("command word registered twice: " + word);
            }
        }
        commands.add(command);
        return this;
    }

    private static List<String> words(Command c) {
        List<String> out = new ArrayList<>();
        out.add(c.keyword());
        out.addAll(c.aliases());
        return out;
    }

    /**
     * Finds the command a message starts with: the keyword (or an alias) must be the whole message or be followed
     * by a space, so 打卡 今天学习了遵义会议 is a check-in while 帮助我理解遵义会议 is a question.
     */
    public Optional<Match> match(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        Match best = null;
        int bestLength = 0;
        for (Map.Entry<String, Command> e : byWord.entrySet()) {
            String word = e.getKey();
            if (word.length() <= bestLength || !lower.startsWith(word)) continue;
            String rest = t.substring(word.length());
            if (rest.isEmpty() || Character.isWhitespace(rest.charAt(0))) {
                best = new Match(e.getValue(), rest.strip());
                bestLength = word.length();
            }
        }
        return Optional.ofNullable(best);
    }

    public List<Command> commands() {
        return List.copyOf(commands);
    }

    /**
     * The help text for someone with this role, in this kind of chat: how to ask, then the command words they may
     * use here, one line per role level (an organizer's help stays a few lines); {@link #commandHelp} has each
     * command's usage.
     */
    public String helpText(Role role, Incoming message) {
        boolean group = message != null && message.isGroup();
        StringBuilder sb = new StringBuilder("我是红色引擎学习助手，陪你一起学党史。\n");
        // in a WeCom robot's group members mention the robot by the name its admin gave it
        String mention = !group ? "" : message.channel().equals("wecom-bot") ? "@机器人 " : "@红色引擎助手 ";
        sb.append("· 直接提问，例如“").append(mention).append("遵义会议是哪年召开的？”，回答附出处\n");
        String example = null;
        for (Role level : Role.values()) {
            if (!role.atLeast(level)) continue;
            List<String> words = new ArrayList<>();
            for (Command c : commands) {
                if (c.role() == level && !(c instanceof HelpCommand) && (message == null || c.scope().allows(message))) {
                    words.add(c.keyword());
                }
            }
            if (words.isEmpty()) continue;
            if (example == null || level != Role.MEMBER) example = words.get(0);
            sb.append("· ").append(switch (level) {
                case MEMBER -> "命令";
                case ORGANIZER -> "组织者";
                case ADMIN -> "管理员";
            }).append("：").append(String.join("、", words)).append('\n');
        }
        if (example != null) sb.append("发送“帮助 ").append(example).append("”可查看命令的用法。");
        return sb.toString().strip();
    }

    /** 帮助 发起竞赛: one command's usage, where it works and who may use it; null when no such command. */
    public String commandHelp(String word, Role role) {
        Optional<Match> m = match(word);
        if (m.isEmpty() || !m.get().arguments().isEmpty()) return null;
        Command c = m.get().command();
        StringBuilder sb = new StringBuilder(c.helpLine());
        if (!role.atLeast(c.role())) sb.append("\n（").append(c.role() == Role.ADMIN ? "管理员" : "组织者").append("才能使用）");
        return sb.toString();
    }
}
