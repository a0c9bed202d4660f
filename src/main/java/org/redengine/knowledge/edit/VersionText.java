package org.redengine.knowledge.edit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How a file's content is kept in a knowledge version: small texts as they are, larger ones gzip-compressed (a
 * FAQ file of thousands of rows shrinks several times), marked with a prefix no real text starts with.
 */
final class VersionText {

    static final int COMPRESS_OVER_CHARS = 4096;
    private static final String MARK = "\u0000gz1:";

    private VersionText() {
    }

    static String pack(String text) {
        if (text == null || text.length() <= COMPRESS_OVER_CHARS) return text;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() / 3);
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return MARK + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    static String unpack(String stored) {
        if (stored == null || !stored.startsWith(MARK)) return stored;
        byte[] gz = Base64.getDecoder().decode(stored.substring(MARK.length()));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
