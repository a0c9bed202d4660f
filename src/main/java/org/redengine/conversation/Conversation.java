package org.redengine.conversation;

import org.redengine.knowledge.Answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The conversation core: decides whether and how the bot answers a message, whatever channel it came from.
 * A command runs its handler; a greeting gets the help text; a question gets a cited answer or an honest
 * "not sure". In a group the bot stays quiet unless it is @-mentioned or given a command.
 */
public final class Conversation {

    /**
     * How people address the bot in a group: "@红色引擎助手 遵义会议是哪年召开的", by the product's full name too (longest
     * first, so "@红色引擎学习助手" leaves no "学习助手" in the question), followed by any space, a full-width one as well.
     */
    static final Pattern MENTION = Pattern.compile("[@＠](红色引擎学习助手|红色引擎助手|红色引擎|学习助手|助手|小红|bot)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A message's text without its @-mentions of the bot: what commands, interceptors and questions read, and what an
     * admin's "how would the bot answer" reads too, so that a member's message pasted whole is read the same way.
     */
    public static String withoutMention(String text) {
        return MENTION.matcher(text).replaceAll(" ").strip();
    }

    private static final Set<String> GREETINGS = Set.of("你好", "您好", "hi", "hello", "嗨", "哈喽", "在吗", "在不在",
            "早上好", "上午好", "中午好", "下午好", "晚上好", "早", "早安", "晚安", "大家好", "你好呀", "您好呀", "hey");
    private static final Set<String> THANKS = Set.of("谢谢", "谢谢你", "谢谢您", "多谢", "感谢", "thanks", "thank you", "好的谢谢");

    private final CommandRegistry commands;
    private final org.redengine.knowledge.Answers answers;
    private final RoleResolver roles;
    private final List<Interceptor> interceptors;

    public Conversation(CommandRegistry commands, Function<String, Answer> answers, RoleResolver roles) {
        this(commands, answers, roles, List.of());
    }

    public Conversation(CommandRegistry commands, Function<String, Answer> answers, RoleResolver roles,
                        List<Interceptor> interceptors) {
        this(commands, (org.redengine.knowledge.Answers) (q, scope) -> answers.apply(q), roles, interceptors);
    }

    public Conversation(CommandRegistry commands, org.redengine.knowledge.Answers answers, RoleResolver roles,
                        List<Interceptor> interceptors) {
        this.commands = commands;
        this.answers = answers;
        this.roles = roles;
        this.interceptors = List.copyOf(interceptors);
    }

    public CommandRegistry commands() {
        return commands;
    }

    public List<Reply> handle(Incoming received) {
        boolean mentioned = received.mentionsBot() || MENTION.matcher(received.text()).find();
        String text = withoutMention(received.text());
        // commands, interceptors and questions all see the same message: the text without the @-mention
        Incoming message = received.withText(text);
        // a role counts only for an identity someone vouched for (a platform's signature, a signed-in web session)
        Role granted = roles.roleOf(message);
        Role role = message.verified() ? granted : Role.MEMBER;

        Optional<CommandRegistry.Match> match = commands.match(text);
        if (match.isPresent()) {
            return runCommand(match.get(), message, role, granted);
        }
        for (Interceptor interceptor : interceptors) {
            List<Reply> handled = interceptor.intercept(message, role);
            if (handled != null) return handled;
        }
        if (message.choicesId() != null) { // a pick from options nothing is waiting for any more (an old card)
            return List.of(Reply.of(ReplyType.NOTICE, "这道题已经结束了，这次选择没有计分。"));
        }
        if (message.isGroup() && !mentioned) {
            return List.of(); // ordinary group chatter: stay quiet
        }
        String bare = stripPunctuation(text).toLowerCase(Locale.ROOT);
        if (bare.isEmpty() || GREETINGS.contains(bare)) {
            String hello = message.userName().isBlank() ? "你好！" : message.userName() + "，你好！";
            return List.of(Reply.of(ReplyType.GREETING, hello + commands.helpText(role, message)));
        }
        if (THANKS.contains(bare)) {
            return List.of(Reply.of(ReplyType.GREETING, "不客气！还有想了解的党史问题，随时问我。"));
        }
        return List.of(answer(text, org.redengine.knowledge.Answers.scopeOf(message.channel(), message.groupId())));
    }

    private List<Reply> runCommand(CommandRegistry.Match match, Incoming message, Role role, Role granted) {
        Command c = match.command();
        if (!role.atLeast(c.role()) && granted.atLeast(c.role())) {
            return List.of(Reply.of(ReplyType.NOTICE, "“" + c.keyword() + "”需要先登录：请在网页右上角“登录”处输入管理员给你的邀请码。"));
        }
        if (!role.atLeast(c.role())) {
            String who = c.role() == Role.ADMIN ? "管理员" : "组织者";
            return List.of(Reply.of(ReplyType.NOTICE, "抱歉，“" + c.keyword() + "”只有" + who + "可以使用。发送“帮助”看看你可以用哪些功能。"));
        }
        if (!c.scope().allows(message)) {
            String where = c.scope().chinese();
            return List.of(Reply.of(ReplyType.NOTICE, "“" + c.keyword() + "”请在" + where + "中使用。"));
        }
        return c.handle(new CommandContext(message, match.arguments(), role, commands));
    }

    private Reply answer(String question, String chatScope) {
        Answer a = answers.answer(question, chatScope);
        if (a.confident()) {
            List<Source> sources = new ArrayList<>();
            for (Answer.Citation c : a.citations()) {
                sources.add(new Source(c.title(), c.source(), c.excerpt()));
            }
            return new Reply(ReplyType.ANSWER, a.textWithSourceNote(), sources, a.confidence(), List.of());
        }
        StringBuilder sb = new StringBuilder("这个问题我还没有把握回答，不想给你不准确的答案。");
        if (!a.suggestions().isEmpty()) {
            sb.append("你是不是想问：");
            int i = 1;
            for (String s : a.suggestions()) {
                sb.append('\n').append(i++).append(". ").append(s);
            }
            sb.append("\n也可以换个说法再问我。");
        } else {
            sb.append("可以换个说法再问我，或发送“帮助”看看我能做什么。");
        }
        return new Reply(ReplyType.FALLBACK, sb.toString(), List.of(), a.confidence(), a.suggestions());
    }

    private static String stripPunctuation(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(cp -> !org.redengine.knowledge.TextNormalizer.isPunctuationOrSpace(cp) || cp == ' ')
                .forEach(sb::appendCodePoint);
        return sb.toString().strip();
    }
}
