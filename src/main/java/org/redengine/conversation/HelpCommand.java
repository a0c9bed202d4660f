package org.redengine.conversation;

import java.util.List;

/** 帮助: what the bot can do for the asker. */
public final class HelpCommand implements Command {

    @Override
    public String keyword() {
        return "帮助";
    }

    @Override
    public List<String> aliases() {
        return List.of("/help", "/帮助", "菜单", "help", "?", "？");
    }

    @Override
    public String helpLine() {
        return "帮助（/help）：查看我能做什么";
    }

    @Override
    public List<Reply> handle(CommandContext context) {
        String about = context.arguments().strip();
        if (!about.isEmpty()) {
            String usage = context.registry().commandHelp(about, context.role());
            if (usage != null) return List.of(Reply.of(ReplyType.HELP, usage));
        }
        return List.of(Reply.of(ReplyType.HELP, context.registry().helpText(context.role(), context.message())));
    }
}
