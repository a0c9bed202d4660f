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

    /** The help text for someone with this role, in this kind of chat. */
    public String helpText(Role role, Incoming message) {
        StringBuilder sb = new StringBuilder();
        sb.append("我是红色引擎学习助手，陪你一起学党史。\n");
        sb.append("· 直接提问，例如“遵义会议是哪年召开的？”，我会给出简短的答案和出处");
        if (message != null && message.isGroup()) {
            sb.append("（在群里提问请先 @红色引擎助手）");
        }
        sb.append("\n");
        for (Command c : commands) {
            if (role.atLeast(c.role()) && (message == null || c.scope().allows(message))) {
                sb.append("· ").append(c.helpLine()).append('\n');
            }
        }
        return sb.toString().strip();
    }
}
