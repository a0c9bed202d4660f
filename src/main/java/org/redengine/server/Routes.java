package org.redengine.server;

/**
 * The routes a module contributes. Admin routes are declared relative to {@code /api/admin} and guarded there, once:
 * every one needs the admin's credentials, and a change must send JSON ({@link #admin}) or a file in a type no form
 * can send ({@link #adminUpload}).
 */
public final class Routes {

    /** Protects an admin handler; {@code json}: its changes carry JSON (else a file upload). */
    @FunctionalInterface
    public interface Guard {
        Handler protect(Handler handler, boolean json);
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

    /** An admin route: {@code method} on {@code /api/admin} + {@code path}, guarded. */
    public Routes admin(String method, String path, Handler h) {
        router.add(method, ADMIN + path, guard.protect(h, true), false);
        return this;
    }

    /** An admin route whose body is a file (an upload), guarded. */
    public Routes adminUpload(String method, String path, Handler h) {
        router.add(method, ADMIN + path, guard.protect(h, false), false);
        return this;
    }

    public Routes websocket(LiveEndpoint endpoint) {
        router.websocket(endpoint);
        return this;
    }
}
