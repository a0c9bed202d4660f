package org.redengine.server;


import java.net.URI;
import java.util.Locale;

/**
 * Cross-site request forgery defence for requests that carry cookies: a browser says where a request came from
 * ({@code Sec-Fetch-Site}, or {@code Origin}); anything but the page's own origin is refused. SameSite=Strict
 * cookies alone are not enough: a page on another port of the same host is "same-site" and gets them sent.
 */
public final class OriginCheck {

    private OriginCheck() {
    }

    /** True when the request comes from our own pages, or from a client that is not a browser (no such headers). */
    public static boolean sameOrigin(Request r) {
        String site = r.header("sec-fetch-site");
        if (site != null) {
            site = site.strip().toLowerCase(Locale.ROOT);
            if (!site.equals("same-origin") && !site.equals("none")) return false;
        }
        String origin = r.header("origin");
        if (origin == null) return true;
        String host = r.header("x-forwarded-host") != null ? r.header("x-forwarded-host") : r.header("host");
        if (host == null || origin.equals("null")) return false;
        try {
            String authority = URI.create(origin.strip()).getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host.split(",")[0].strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Methods that change state. */
    public static boolean unsafe(String method) {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }
}
