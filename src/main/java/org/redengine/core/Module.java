package org.redengine.core;

import org.redengine.conversation.CommandRegistry;
import org.redengine.conversation.Interceptor;
import org.redengine.server.Routes;

import java.util.List;

/**
 * One feature of the server, with everything it contributes: its chat commands, the interceptors that see a message
 * before it is taken as a question, its HTTP routes (admin routes under one protected path), and its timers. Its
 * tables come from its own Flyway migrations, and its SQL stays in its own package. {@code RedEngine} lists the
 * modules, asks each for its parts in order, and closes them in reverse order.
 */
public interface Module extends AutoCloseable {

    default void commands(CommandRegistry commands) {
    }

    default void interceptors(List<Interceptor> interceptors) {
    }

    default void routes(Routes routes) {
    }

    default void timers(Timers timers) {
    }

    @Override
    default void close() {
    }
}
