package org.redengine.channels.wechat;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Callback crypto shared by WeChat Official Accounts (公众号) and WeCom (企业微信) applications.
 *
 * <ul>
 *   <li>{@code signature = sha1_hex(concat(sort([token, timestamp, nonce])))} — plain mode and GET verification;</li>
 *   <li>{@code msg_signature = sha1_hex(concat(sort([token, timestamp, nonce, Encrypt])))} — safe mode;</li>
 *   <li>AES key = Base64-decode(EncodingAESKey + "=") (32 bytes), IV = key[0..16], AES-256-CBC without cipher
 *       padding, PKCS#7 padding done by hand with a 32-byte block;</li>
 *   <li>plaintext = 16 random bytes | 4-byte big-endian byte length of the message | message (UTF-8) | receive id
 *       (the appid for an Official Account, the corpid for WeCom).</li>
 * </ul>
 *
 * <p>The scheme has no MAC of its own: the {@code msg_signature} (keyed by the secret token) is what
 * authenticates a ciphertext, so callers must check {@link #verifyMsgSignature} <em>before</em> calling
 * {@link #decrypt}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WeChatCrypto {

    /** Length of an EncodingAESKey as shown in the WeChat / WeCom admin console. */
    public static final int ENCODING_AES_KEY_LENGTH = 43;

    private static final int AES_KEY_BYTES = 32;
    private static final int AES_BLOCK_BYTES = 16;
    /** WeChat pads to 32 bytes (the key size), not to the 16-byte AES block. */
    private static final int PAD_BLOCK_BYTES = 32;
    private static final int RANDOM_BYTES = 16;
    private static final int LENGTH_BYTES = 4;
    private static final int HEADER_BYTES = RANDOM_BYTES + LENGTH_BYTES;

    private static final Pattern ENCODING_AES_KEY_CHARS = Pattern.compile("[A-Za-z0-9+/]{43}");
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token;
    /** Null in plain mode. */
    private final SecretKeySpec key;
    /** Null in plain mode. */
    private final IvParameterSpec iv;
    /** May be null in plain mode. */
    private final String receiveId;
    private final byte[] receiveIdBytes;

    /**
     * @param token          the Token configured in the admin console (non-empty)
     * @param encodingAesKey the 43-character EncodingAESKey, or {@code null} for plain mode (no encryption)
     * @param receiveId      the appid (Official Account) or corpid (WeCom); required when a key is given, may be
     *                       {@code null} in plain mode
     * @throws IllegalArgumentException if the token is missing, the key is not 43 Base64 characters decoding to 32
     *                                  bytes, or the receive id is missing in safe mode
     */
    public WeChatCrypto(String token, String encodingAesKey, String receiveId) {
        this(token, encodingAesKey, receiveId, false);
    }

    /**
     * The WeCom intelligent robot's callback crypto: the same scheme with an EMPTY receive id (WeCom developer
     * documentation 101033), and JSON instead of XML around it.
     */
    public static WeChatCrypto withEmptyReceiveId(String token, String encodingAesKey) {
        if (encodingAesKey == null) throw new IllegalArgumentException("the robot's callbacks are always encrypted: an EncodingAESKey is required");
        return new WeChatCrypto(token, encodingAesKey, "", true);
    }

    private WeChatCrypto(String token, String encodingAesKey, String receiveId, boolean emptyReceiveId) {
        if (token == null || token.isEmpty()) {
            throw new IllegalArgumentException("WeChat token must not be empty");
        }
        this.token = token;
        this.receiveId = receiveId;
        this.receiveIdBytes = receiveId == null ? null : receiveId.getBytes(StandardCharsets.UTF_8);
        if (encodingAesKey == null) {
            this.key = null;
            this.iv = null;
            return;
        }
        if (encodingAesKey.length() != ENCODING_AES_KEY_LENGTH) {
            throw new IllegalArgumentException("WeChat EncodingAESKey must be " + ENCODING_AES_KEY_LENGTH
                    + " characters, got " + encodingAesKey.length());
        }
        if (!ENCODING_AES_KEY_CHARS.matcher(encodingAesKey).matches()) {
            throw new IllegalArgumentException("WeChat EncodingAESKey must contain only Base64 characters "
                    + "(A-Z, a-z, 0-9, +, /)");
        }
        byte[] keyBytes;
        try {
            keyBytes = Base64.getDecoder().decode(encodingAesKey + "=");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("WeChat EncodingAESKey is not valid Base64", e);
        }
        if (keyBytes.length != AES_KEY_BYTES) {
            throw new IllegalArgumentException("WeChat EncodingAESKey must decode to " + AES_KEY_BYTES
                    + " bytes, got " + keyBytes.length);
        }
        if (receiveId == null || (receiveId.isEmpty() && !emptyReceiveId)) {
            throw new IllegalArgumentException("receive id (appid or corpid) is required when an EncodingAESKey "
                    + "is configured");
        }
        this.key = new SecretKeySpec(keyBytes, "AES");
        this.iv = new IvParameterSpec(keyBytes, 0, AES_BLOCK_BYTES);
        Arrays.fill(keyBytes, (byte) 0);
    }

    /**
     * SHA-1 of the parts sorted lexicographically and concatenated, as lower-case hex. This is both the plain
     * {@code signature} (token, timestamp, nonce) and the {@code msg_signature} (plus Encrypt).
     *
     * @param parts the strings to sign; none may be {@code null}
     * @return 40 lower-case hex characters
     */
    public static String sha1Sorted(String... parts) {
        Objects.requireNonNull(parts, "parts");
        String[] sorted = parts.clone();
        for (String part : sorted) {
            Objects.requireNonNull(part, "signature parts must not be null");
        }
        Arrays.sort(sorted);
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is not available", e);
        }
        for (String part : sorted) {
            sha1.update(part.getBytes(StandardCharsets.UTF_8));
        }
        return HEX.formatHex(sha1.digest());
    }

    /**
     * Checks the plain {@code signature} query parameter (GET URL verification and every Official Account POST).
     *
     * @return {@code true} if it matches; {@code false} if not or if any argument is {@code null}
     */
    public boolean verifySignature(String timestamp, String nonce, String signature) {
        if (timestamp == null || nonce == null || signature == null) {
            return false;
        }
        return constantTimeEquals(sha1Sorted(token, timestamp, nonce), signature);
    }

    /**
     * Computes the {@code msg_signature} over an encrypted payload.
     *
     * @param encrypt the Base64 ciphertext (the {@code Encrypt} element, or the WeCom {@code echostr})
     * @return 40 lower-case hex characters
     */
    public String msgSignature(String timestamp, String nonce, String encrypt) {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(encrypt, "encrypt");
        return sha1Sorted(token, timestamp, nonce, encrypt);
    }

    /**
     * Checks the {@code msg_signature} query parameter of a safe-mode request. Call this before {@link #decrypt}.
     *
     * @return {@code true} if it matches; {@code false} if not or if any argument is {@code null}
     */
    public boolean verifyMsgSignature(String timestamp, String nonce, String encrypt, String msgSignature) {
        if (timestamp == null || nonce == null || encrypt == null || msgSignature == null) {
            return false;
        }
        return constantTimeEquals(sha1Sorted(token, timestamp, nonce, encrypt), msgSignature);
    }

    /**
     * Decrypts an {@code Encrypt} element (or a WeCom {@code echostr}, already URL-decoded).
     *
     * @param encryptBase64 the Base64 ciphertext
     * @return the message (usually XML), decoded as UTF-8
     * @throws WeChatCryptoException if the ciphertext is malformed, badly padded, has an impossible length field,
     *                               is not UTF-8 or was encrypted for another receive id
     * @throws IllegalStateException in plain mode (no EncodingAESKey)
     */
    public String decrypt(String encryptBase64) throws WeChatCryptoException {
        requireSafeMode();
        if (encryptBase64 == null || encryptBase64.isEmpty()) {
            throw new WeChatCryptoException("ciphertext is empty");
        }
        byte[] ciphertext;
        try {
            ciphertext = Base64.getDecoder().decode(encryptBase64);
        } catch (IllegalArgumentException e) {
            throw new WeChatCryptoException("ciphertext is not valid Base64: " + e.getMessage(), e);
        }
        if (ciphertext.length == 0 || ciphertext.length % AES_BLOCK_BYTES != 0) {
            throw new WeChatCryptoException("ciphertext is " + ciphertext.length
                    + " bytes, not a positive multiple of " + AES_BLOCK_BYTES);
        }
        byte[] plain = aes(Cipher.DECRYPT_MODE, ciphertext);

        // PKCS#7 with a 32-byte block: the last byte says how many bytes (1..32) to drop, all of that value.
        int pad = plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > PAD_BLOCK_BYTES || pad > plain.length) {
            throw new WeChatCryptoException("bad padding (pad value " + pad + ")");
        }
        for (int i = plain.length - pad; i < plain.length; i++) {
            if ((plain[i] & 0xff) != pad) {
                throw new WeChatCryptoException("bad padding (inconsistent pad bytes)");
            }
        }
        int contentEnd = plain.length - pad;
        if (contentEnd < HEADER_BYTES) {
            throw new WeChatCryptoException("decrypted content is " + contentEnd + " bytes, shorter than the "
                    + HEADER_BYTES + "-byte header");
        }
        int messageLength = ByteBuffer.wrap(plain, RANDOM_BYTES, LENGTH_BYTES).getInt();
        if (messageLength < 0 || messageLength > contentEnd - HEADER_BYTES) {
            throw new WeChatCryptoException("impossible message length " + Integer.toUnsignedString(messageLength)
                    + " (only " + (contentEnd - HEADER_BYTES) + " bytes follow the header)");
        }
        int messageEnd = HEADER_BYTES + messageLength;
        byte[] actualReceiveId = Arrays.copyOfRange(plain, messageEnd, contentEnd);
        if (!MessageDigest.isEqual(actualReceiveId, receiveIdBytes)) {
            throw new WeChatCryptoException("receive id mismatch: message is for '"
                    + printable(new String(actualReceiveId, StandardCharsets.UTF_8)) + "', expected '"
                    + printable(receiveId) + "'");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(plain, HEADER_BYTES, messageLength))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new WeChatCryptoException("decrypted message is not valid UTF-8", e);
        }
    }

    /**
     * Encrypts a message (a passive reply XML) with a fresh {@link SecureRandom} prefix.
     *
     * @return the Base64 ciphertext
     * @throws IllegalStateException in plain mode
     */
    public String encrypt(String message) {
        return encrypt(message, randomPrefix());
    }

    /**
     * Encrypts a message with the given 16-byte prefix. Deterministic; meant for tests against known vectors.
     *
     * @param message  the text to encrypt (UTF-8)
     * @param random16 exactly 16 bytes
     * @return the Base64 ciphertext
     * @throws IllegalStateException in plain mode
     */
    public String encrypt(String message, byte[] random16) {
        requireSafeMode();
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(random16, "random16");
        if (random16.length != RANDOM_BYTES) {
            throw new IllegalArgumentException("random prefix must be " + RANDOM_BYTES + " bytes, got "
                    + random16.length);
        }
        byte[] messageBytes = message.getBytes(StandardCharsets.UTF_8);
        int contentLength = HEADER_BYTES + messageBytes.length + receiveIdBytes.length;
        int pad = PAD_BLOCK_BYTES - contentLength % PAD_BLOCK_BYTES; // 1..32
        ByteBuffer plain = ByteBuffer.allocate(contentLength + pad);
        plain.put(random16).putInt(messageBytes.length).put(messageBytes).put(receiveIdBytes);
        while (plain.hasRemaining()) {
            plain.put((byte) pad);
        }
        return Base64.getEncoder().encodeToString(aes(Cipher.ENCRYPT_MODE, plain.array()));
    }

    /** @return {@code true} if an EncodingAESKey is configured (safe or compatible mode) */
    public boolean safeMode() {
        return key != null;
    }

    /**
     * The encrypted passive reply:
     * {@code <xml><Encrypt><![CDATA[…]]></Encrypt><MsgSignature><![CDATA[…]]></MsgSignature><TimeStamp>…</TimeStamp><Nonce><![CDATA[…]]></Nonce></xml>},
     * encrypted with a fresh {@link SecureRandom} prefix.
     *
     * @param replyXml  the plain reply XML
     * @param timestamp the timestamp to sign and echo (usually the request's)
     * @param nonce     the nonce to sign and echo (usually the request's)
     * @throws IllegalStateException in plain mode
     */
    public String envelope(String replyXml, String timestamp, String nonce) {
        return envelope(replyXml, timestamp, nonce, randomPrefix());
    }

    /**
     * Like {@link #envelope(String, String, String)} with a fixed 16-byte prefix. Deterministic; meant for tests.
     *
     * @throws IllegalStateException in plain mode
     */
    public String envelope(String replyXml, String timestamp, String nonce, byte[] random16) {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(nonce, "nonce");
        String encrypt = encrypt(replyXml, random16);
        String signature = msgSignature(timestamp, nonce, encrypt);
        return "<xml><Encrypt>" + cdata(encrypt) + "</Encrypt>"
                + "<MsgSignature>" + cdata(signature) + "</MsgSignature>"
                + "<TimeStamp>" + escapeText(timestamp) + "</TimeStamp>"
                + "<Nonce>" + cdata(nonce) + "</Nonce></xml>";
    }

    /** Describes the mode without revealing the token or key. */
    @Override
    public String toString() {
        return "WeChatCrypto[" + (safeMode() ? "safe mode, receiveId=" + receiveId : "plain mode") + "]";
    }

    private byte[] aes(int mode, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, key, iv);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // Inputs are always whole blocks and the key is validated, so this is an environment problem.
            throw new IllegalStateException("AES-256-CBC is not available", e);
        }
    }

    private void requireSafeMode() {
        if (key == null) {
            throw new IllegalStateException("no EncodingAESKey configured (plain mode)");
        }
    }

    private static byte[] randomPrefix() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return random;
    }

    /** Compares a computed lower-case hex signature with a received one in constant time. */
    private static boolean constantTimeEquals(String expectedHex, String actual) {
        return MessageDigest.isEqual(expectedHex.getBytes(StandardCharsets.US_ASCII),
                actual.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    /** Wraps text in CDATA, splitting any "]]>" so it cannot end the section early. */
    private static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private static String escapeText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Keeps log messages readable: at most 64 characters, control characters replaced. */
    private static String printable(String text) {
        String shortened = text.length() > 64 ? text.substring(0, 64) + "…" : text;
        return shortened.replaceAll("\\p{Cntrl}", "?");
    }
}
