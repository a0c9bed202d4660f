package org.redengine.channels.web;

import org.redengine.server.Request;

import java.util.function.Predicate;

/**
 * Who is calling the web chat API, from the request's credentials: a chat session (cookie or bearer token), the
 * admin (the admin token as a bearer, or a console session cookie), both, or nobody.
 */
public final class WebCallers {

    /**
     * @param userId   the chat user the session speaks for, or null
     * @param session  the session, or null
     * @param verified whether roles granted to the user count (the session signed in, or the admin is present)
     * @param admin    the admin token or console: may read any history and act for any web user
     * @param invalid  a bearer token was given but is no session (expired or made up)
     */
    public record Caller(String userId, WebSessions.Session session, boolean verified, boolean admin, boolean invalid) {
        static final Caller NOBODY = new Caller(null, null, false, false, false);
        static final Caller INVALID = new Caller(null, null, false, false, true);

        public boolean anonymous() {
            return session == null && !admin;
        }
    }

    /** How the admin is recognised: the admin token as a bearer, or a console session in the Cookie header. */
    public interface AdminCheck {
        boolean isToken(String bearer);

        /** Must not block for long (it is cached). */
        boolean isConsole(String cookieHeader);
    }

    private final WebSessions sessions;
    private final Predicate<String> adminToken;
    private final Predicate<String> adminConsole;

    public WebCallers(WebSessions sessions, AdminCheck admin) {
        this.sessions = sessions;
        this.adminToken = admin::isToken;
        this.adminConsole = admin::isConsole;
    }

    public WebSessions sessions() {
        return sessions;
    }

    public Caller of(Request r) {
        String bearer = r.bearer();
        if (bearer != null && adminToken.test(bearer)) return new Caller(null, null, true, true, false);
        return of(bearer, r.header("cookie"));
    }

    /** The caller from a token (a bearer header, or given in a WebSocket frame) and a Cookie header. */
    public Caller of(String bearer, String cookieHeader) {
        boolean console = cookieHeader != null && adminConsole.test(cookieHeader);
        String cookie = Request.cookie(cookieHeader, WebSessions.COOKIE);
        WebSessions.Session s = sessions.find(bearer != null ? bearer : cookie);
        if (s != null) return new Caller(s.userId(), s, s.signedIn() || console, console, false);
        if (console) return new Caller(null, null, true, true, false);
        return bearer != null ? Caller.INVALID : Caller.NOBODY;
    }
}
