package org.redengine.server;

import java.util.List;
import java.util.Map;

/** An HTTP request as handlers see it: no Netty types beyond the server package. */
public record Request(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
                      byte[] body, String remoteAddress) {

    public String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Header lookup, case-insensitive (names are stored lower-case). */
    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** A cookie's value from the Cookie header, or null. */
    public String cookie(String name) {
        return cookie(header("cookie"), name);
    }

    /** A cookie's value from a Cookie header's text, or null. */
    public static String cookie(String header, String name) {
        if (header == null) return null;
        for (String part : header.split(";")) {
            String p = part.strip();
            if (p.length() > name.length() && p.startsWith(name) && p.charAt(name.length()) == '=') {
                return p.substring(name.length() + 1);
            }
        }
        return null;
    }

    /** The token of an {@code Authorization: Bearer …} header, or null. */
    public String bearer() {
        String h = header("authorization");
        if (h == null || h.length() <= 7 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) return null;
        String t = h.substring(7).strip();
        return t.isEmpty() ? null : t;
    }

    /** Whether the client said it reached us over HTTPS (nginx: {@code X-Forwarded-Proto https}): cookies get Secure. */
    public boolean viaHttps() {
        return "https".equalsIgnoreCase(header("x-forwarded-proto"));
    }
}
