package org.redengine.knowledge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads text files the way admins produce them: UTF-8 with or without a BOM, or GB18030/GBK as Excel and Notepad
 * on Chinese Windows save them. Strict UTF-8 decoding decides: GBK text is almost never valid UTF-8.
 */
public final class TextFiles {

    /** Whether a file, with every symbolic link on its way resolved, lies inside {@code realRoot} (a real path). */
    public static boolean inside(Path realRoot, Path file) {
        try {
            return file.toRealPath().startsWith(realRoot);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public static final Charset GB18030 = Charset.forName("GB18030");

    private TextFiles() {
    }

    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    public static String decode(byte[] bytes) throws CharacterCodingException {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            buffer.rewind();
            return GB18030.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        }
    }
}
