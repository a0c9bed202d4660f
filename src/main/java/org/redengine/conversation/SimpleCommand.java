package org.redengine.conversation;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** A command made of its parts, for commands that are one call into a feature. */
public record SimpleCommand(String keyword, List<String> aliases, String helpLine, Role role,
                            Predicate<Incoming> where, Function<CommandContext, List<Reply>> run) implements Command {

    /** Usable in private chats only. */
    public static final Predicate<Incoming> PRIVATE = m -> !m.isGroup();
    /** Usable in group chats only. */
    public static final Predicate<Incoming> GROUP = Incoming::isGroup;
    /** Usable anywhere. */
    public static final Predicate<Incoming> ANYWHERE = m -> true;

    @Override
    public boolean allowedIn(Incoming message) {
        return where.test(message);
    }

    @Override
    public List<Reply> handle(CommandContext context) {
        return run.apply(context);
    }
}
