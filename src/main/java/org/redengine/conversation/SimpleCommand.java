package org.redengine.conversation;

import java.util.List;
import java.util.function.Function;

/** A command made of its parts, for commands that are one call into a feature. */
public record SimpleCommand(String keyword, List<String> aliases, String helpLine, Role role,
                            Scope scope, Function<CommandContext, List<Reply>> run) implements Command {

    /** Usable in private chats only. */
    public static final Scope PRIVATE = Scope.PRIVATE;
    /** Usable in group chats only. */
    public static final Scope GROUP = Scope.GROUP;
    /** Usable anywhere. */
    public static final Scope ANYWHERE = Scope.ANYWHERE;

    @Override
    public List<Reply> handle(CommandContext context) {
        return run.apply(context);
    }
}
