package org.redengine.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps method and path to a handler. Paths are exact, or a prefix ending in {@code /*}.
 * Routes marked {@code inline} are cheap and non-blocking and run on the event loop; all others run on a
 * worker executor.
 */
public final class Router {

    public record Route(String method, String path, Handler handler, boolean inline) {
        boolean matchesPath(String p) {
            return path.endsWith("/*") ? p.startsWith(path.substring(0, path.length() - 1)) || p.equals(path.substring(0, path.length() - 2)) : path.equals(p);
        }
    }

    /** The outcome of a lookup: a route, or the methods the path allows (empty for an unknown path). */
    public record Lookup(Route route, Set<String> allowed) {
    }

    private final List<Route> routes = new ArrayList<>();
    private LiveEndpoint live;

    /** Serves WebSocket connections on {@code /ws} with this endpoint. */
    public Router websocket(LiveEndpoint endpoint) {
        this.live = endpoint;
        return this;
    }

    LiveEndpoint live() {
        return live;
    }

    public Router get(String path, Handler handler) {
        return add("GET", path, handler, false);
    }

    public Router getInline(String path, Handler handler) {
        return add("GET", path, handler, true);
    }

    public Router post(String path, Handler handler) {
        return add("POST", path, handler, false);
    }

    public Router delete(String path, Handler handler) {
        return add("DELETE", path, handler, false);
    }

    public Router add(String method, String path, Handler handler, boolean inline) {
        routes.add(new Route(method, path, handler, inline));
        return this;
    }

    public Lookup find(String method, String path) {
        Set<String> allowed = new LinkedHashSet<>();
        for (Route r : routes) {
            if (r.matchesPath(path)) {
                if (r.method().equals(method) || (method.equals("HEAD") && r.method().equals("GET"))) {
                    return new Lookup(r, Set.of());
                }
                allowed.add(r.method());
            }
        }
        return new Lookup(null, allowed);
    }
}
