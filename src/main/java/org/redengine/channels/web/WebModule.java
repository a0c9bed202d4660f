package org.redengine.channels.web;

import org.redengine.conversation.Conversation;
import org.redengine.conversation.ConversationLog;
import org.redengine.conversation.Outbound;
import org.redengine.core.Module;
import org.redengine.history.MessageHistory;
import org.redengine.knowledge.edit.Feedback;
import org.redengine.people.PeopleModule;
import org.redengine.security.Throttle;
import org.redengine.server.Routes;
import org.redengine.storage.Database;

import java.time.Clock;
import java.util.function.BooleanSupplier;

/**
 * The web chat: sessions (the identity), the chat and history APIs, the live WebSocket, and ratings of answers.
 */
public final class WebModule implements Module {

    public static final String MIGRATIONS = "classpath:db/migration/web";

    private final WebCallers callers;
    private final SessionApi sessionApi;
    private final WebMessageApi messages;
    private final HistoryApi history;
    private final LiveChat live;
    private final RatingsApi ratings;

    public WebModule(Database db, PeopleModule people, Conversation conversation, ConversationLog log, Outbound outbound,
                     MessageHistory stored, Feedback feedback, WebCallers.AdminCheck admin, BooleanSupplier ready, Clock clock) {
        this.callers = new WebCallers(new WebSessions(db, clock), admin);
        this.sessionApi = new SessionApi(callers, people.invites(), new Throttle(clock));
        this.messages = new WebMessageApi(conversation, log, outbound, callers, ready, clock);
        this.history = new HistoryApi(stored, callers, people.people(), clock);
        this.live = new LiveChat(stored, callers, people.people(), clock);
        this.ratings = new RatingsApi(feedback, callers);
        outbound.register("web", live);
    }

    @Override
    public void routes(Routes routes) {
        routes.websocket(live)
                .post("/api/messages", messages::post)
                .get("/api/messages", history::get)
                .post("/api/session", sessionApi::open)
                .post("/api/session/redeem", sessionApi::redeem)
                .post("/api/ratings", ratings::rate);
    }
}
