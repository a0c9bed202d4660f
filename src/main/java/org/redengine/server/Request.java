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
}
