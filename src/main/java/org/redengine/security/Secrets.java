package org.redengine.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Server-issued secrets: random tokens from {@link SecureRandom}, stored only as SHA-256 hashes. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Crockford's base32 without I, L, O, U: codes people type are never ambiguous. */
    private static final char[] CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private Secrets() {
    }

    /** A 256-bit random token, URL-safe Base64 (43 characters). */
    public static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A random id with {@code chars} base32 characters (5 bits each). */
    public static String id(int chars) {
        StringBuilder sb = new StringBuilder(chars);
        for (int i = 0; i < chars; i++) sb.append(Character.toLowerCase(CODE_ALPHABET[RANDOM.nextInt(32)]));
        return sb.toString();
    }

    /** A code for people to type, e.g. {@code 7KQ2-M9XD-4TRA-PZ3E} (16 characters, 80 bits). */
    public static String code() {
        StringBuilder sb = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) sb.append('-');
            sb.append(CODE_ALPHABET[RANDOM.nextInt(32)]);
        }
        return sb.toString();
    }

    /** A typed code in its canonical form: upper case, without spaces or dashes, O→0 and I/L→1 as Crockford reads them. */
    public static String normalizeCode(String typed) {
        StringBuilder sb = new StringBuilder();
        for (char c : typed.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '－') continue;
            sb.append(c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c);
        }
        return sb.toString();
    }

    public static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of two strings. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) return false;
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
