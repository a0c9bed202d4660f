package org.redengine.web;

import org.redengine.server.Request;
import org.redengine.server.Response;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Serves the web chat page and its assets from the jar (classpath {@code /web/}), cached in memory. */
public final class StaticResources {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon",
            "json", "application/json; charset=utf-8", "yaml", "text/yaml; charset=utf-8",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Map<String, Response> cache = new ConcurrentHashMap<>();

    public Response index(Request request) throws IOException {
        return load("index.html");
    }

    /** The admin console (it logs in itself; the API behind it checks the session). */
    public Response admin(Request request) throws IOException {
        return load("admin.html");
    }

    /** GET /static/NAME: a file of the web directory; no path traversal (names are plain). */
    public Response file(Request request) throws IOException {
        String name = request.path().substring("/static/".length());
        if (name.isEmpty() || name.contains("..") || name.contains("\\") || name.startsWith("/")) {
            return Response.error(404, "没有这个文件");
        }
        return load(name);
    }

    private Response load(String name) throws IOException {
        Response cached = cache.get(name);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = StaticResources.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                return Response.error(404, "没有这个文件：" + name);
            }
            String ext = name.substring(name.lastIndexOf('.') + 1);
            Response r = new Response(200, TYPES.getOrDefault(ext, "application/octet-stream"), in.readAllBytes(), Map.of())
                    .withHeader("Cache-Control", "no-cache")
                    .withHeader("Content-Security-Policy", "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:");
            cache.put(name, r);
            return r;
        }
    }
}
