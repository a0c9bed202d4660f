package org.redengine.server;

/**
 * The routes a module contributes. Admin routes are declared relative to {@code /api/admin} and guarded there, once:
 * every one needs console credentials, and a change must send JSON or a file in a type no form can send. An
 * {@link #admin} route is for the admin only; an {@link #organizer} route also lets organizers in, and its handler,
 * told who is calling, keeps them to their own groups.
 */
public final class Routes {

    /** An admin-API handler that is told who is calling. */
    @FunctionalInterface
    public interface ConsoleHandler {
        Response handle(Request request, org.redengine.core.ConsoleUser user) throws Exception;
    }

    /**
     * Protects an admin-API handler; {@code json}: its changes carry JSON (else a file upload); {@code organizers}:
     * organizers' accounts may call it too (else the admin only).
     */
    @FunctionalInterface
    public interface Guard {
        Handler protect(ConsoleHandler handler, boolean json, boolean organizers);
    }

    public static final String ADMIN = "/api/admin";

    private final Router router;
    private final Guard guard;

    public Routes(Router router, Guard guard) {
        this.router = router;
        this.guard = guard;
    }

    public Routes get(String path, Handler h) {
        router.get(path, h);
        return this;
    }

    /** A cheap, non-blocking GET answered on the event loop. */
    public Routes getInline(String path, Handler h) {
        router.getInline(path, h);
        return this;
    }

    public Routes post(String path, Handler h) {
        router.post(path, h);
        return this;
    }

    public Routes put(String path, Handler h) {
        router.add("PUT", path, h, false);
        return this;
    }

    public Routes delete(String path, Handler h) {
        router.delete(path, h);
        return this;
    }

    /** An admin-only route: {@code method} on {@code /api/admin} + {@code path}, guarded. */
    public Routes admin(String method, String path, Handler h) {
        router.add(method, ADMIN + path, guard.protect((r, u) -> h.handle(r), true, false), false);
        return this;
    }

    /** An admin-only route whose body is a file (an upload), guarded. */
    public Routes adminUpload(String method, String path, Handler h) {
        router.add(method, ADMIN + path, guard.protect((r, u) -> h.handle(r), false, false), false);
        return this;
    }

    /** A route for the admin and for organizers, whose handler keeps organizers to their own groups. */
    public Routes organizer(String method, String path, ConsoleHandler h) {
        router.add(method, ADMIN + path, guard.protect(h, true, true), false);
        return this;
    }

    /** Likewise, for an upload. */
    public Routes organizerUpload(String method, String path, ConsoleHandler h) {
        router.add(method, ADMIN + path, guard.protect(h, false, true), false);
        return this;
    }

    public Routes websocket(LiveEndpoint endpoint) {
        router.websocket(endpoint);
        return this;
    }
}
