package org.redengine.channels.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Checks {@link WeChatCrypto} against every vector in {@code ../shared/wechat/vectors.json} (copied from public
 * WeChat / WeCom SDK test suites) plus negative cases built here.
 *
 * <p>Each vector is checked by what it contains, and the test fails if a vector has a kind or a field it does not
 * know, or if a kind's expected checks did not all run, so nothing in the file is silently skipped.
 */
class WeChatCryptoTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A key from the WxJava / easywechat vectors; the negative tests below don't need the vectors file. */
    private static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String APPID = "wxb11529c136998cb6";
    private static final String TOKEN = "pamtest";

    /** What a vector proves once its fields have been checked. */
    private enum Check { SHA1, SIGNATURE, MSG_SIGNATURE, DECRYPT, ENCRYPT_FIXED, ENVELOPE }

    /** Every kind in the file and the checks a vector of that kind must go through. */
    private static final Map<String, Set<Check>> KINDS = Map.ofEntries(
            Map.entry("plain-mode signature (GET URL verification / POST signature param)",
                    EnumSet.of(Check.SIGNATURE)),
            Map.entry("SHA1 of sorted concatenation (WxJava SHA1.gen)",
                    EnumSet.of(Check.SHA1)),
            Map.entry("Official Account AES encrypt with fixed 16-byte random (deterministic ciphertext)",
                    EnumSet.of(Check.ENCRYPT_FIXED, Check.DECRYPT)),
            Map.entry("Official Account AES encrypt with fixed random; XML plaintext with multi-byte chars",
                    EnumSet.of(Check.ENCRYPT_FIXED, Check.DECRYPT, Check.MSG_SIGNATURE)),
            Map.entry("Official Account encrypted POST (safe mode): msg_signature + Encrypt -> plaintext XML",
                    EnumSet.of(Check.MSG_SIGNATURE, Check.DECRYPT)),
            Map.entry("WeCom GET URL verification: echostr is encrypted; reply with decrypted plaintext",
                    EnumSet.of(Check.MSG_SIGNATURE, Check.DECRYPT)),
            Map.entry("WeCom encrypted POST callback -> plaintext XML",
                    EnumSet.of(Check.MSG_SIGNATURE, Check.DECRYPT)),
            Map.entry("WeCom GET URL verification (newer official sample keys)",
                    EnumSet.of(Check.MSG_SIGNATURE, Check.DECRYPT)),
            Map.entry("WeCom encrypted POST callback (newer official sample keys)",
                    EnumSet.of(Check.MSG_SIGNATURE, Check.DECRYPT)),
            Map.entry("WeCom GET verification (encrypted echostr)",
                    EnumSet.of(Check.MSG_SIGNATURE, Check.DECRYPT)),
            Map.entry("WeCom encrypted POST callback",
                    EnumSet.of(Check.MSG_SIGNATURE, Check.DECRYPT)),
            Map.entry("Encrypted passive reply envelope with fixed random (deterministic)",
                    EnumSet.of(Check.ENCRYPT_FIXED, Check.DECRYPT, Check.MSG_SIGNATURE, Check.ENVELOPE)));

    /** Provenance fields: read (so they count as handled) but not part of the crypto. */
    private static final Set<String> METADATA = Set.of(
            "id", "kind", "source_repo", "source_path", "source_commit", "also_in", "note", "rule");

    private static final Set<String> TOP_LEVEL = Set.of(
            "description", "algorithm", "vectors", "passive_reply_text_example", "sample_files");

    // ---------------------------------------------------------------------------------------------------------
    // Published vectors
    // ---------------------------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> everyPublishedVector() throws IOException {
        JsonNode root = loadVectors();
        List<String> topLevel = new ArrayList<>();
        root.fieldNames().forEachRemaining(topLevel::add);
        assertThat(topLevel).as("top-level sections of vectors.json").isSubsetOf(TOP_LEVEL);
        JsonNode vectors = root.path("vectors");
        assertThat(vectors.isArray() && !vectors.isEmpty()).as("vectors[] present and non-empty").isTrue();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode vector : vectors) {
            String name = vector.path("id").asText("?") + " [" + vector.path("kind").asText("?") + "]";
            tests.add(DynamicTest.dynamicTest(name, () -> checkVector(vector)));
        }
        return tests.stream();
    }

    /** Checks one vector by the fields it has; fails on an unknown kind, an unknown field or a missing check. */
    private static void checkVector(JsonNode v) throws Exception {
        Fields f = new Fields(v);
        String kind = f.text("kind");
        Set<Check> required = KINDS.get(kind);
        if (required == null) {
            fail("vector kind not understood by this test, add a handler: " + kind);
        }
        METADATA.forEach(f::touch);
        if (f.has("verified_here")) {
            assertThat(f.node("verified_here").asBoolean()).as("verified_here").isTrue();
        }
        Set<Check> done = EnumSet.noneOf(Check.class);

        if (f.has("inputs")) {
            List<String> inputs = new ArrayList<>();
            f.node("inputs").forEach(n -> inputs.add(n.asText()));
            assertThat(WeChatCrypto.sha1Sorted(inputs.toArray(String[]::new))).isEqualTo(f.text("sha1_hex"));
            // Order must not matter.
            assertThat(WeChatCrypto.sha1Sorted(inputs.reversed().toArray(String[]::new)))
                    .isEqualTo(f.text("sha1_hex"));
            done.add(Check.SHA1);
        }
        if (!f.has("token")) {
            assertThat(done).as("checks run").containsAll(required);
            f.assertAllHandled();
            return;
        }

        String token = f.text("token");
        String key = f.has("encoding_aes_key") ? f.text("encoding_aes_key") : null;
        String receiveId = f.has("receive_id") ? f.text("receive_id") : null;
        if (f.has("receive_id_kind")) {
            assertThat(f.text("receive_id_kind")).isIn("appid", "corpid");
        }
        WeChatCrypto crypto = new WeChatCrypto(token, key, receiveId);
        assertThat(crypto.safeMode()).isEqualTo(key != null);
        String timestamp = f.has("timestamp") ? f.text("timestamp") : null;
        String nonce = f.has("nonce") ? f.text("nonce") : null;

        if (f.has("signature")) {
            String signature = f.text("signature");
            assertThat(WeChatCrypto.sha1Sorted(token, timestamp, nonce)).isEqualTo(signature);
            assertThat(crypto.verifySignature(timestamp, nonce, signature)).isTrue();
            assertThat(crypto.verifySignature(timestamp + "1", nonce, signature)).isFalse();
            assertThat(crypto.verifySignature(timestamp, nonce, flipLastHexDigit(signature))).isFalse();
            done.add(Check.SIGNATURE);
        }

        // The ciphertext: the Encrypt element, or WeCom's encrypted echostr.
        String ciphertext = null;
        if (f.has("echostr_url_encoded")) {
            assertThat(URLDecoder.decode(f.text("echostr_url_encoded"), StandardCharsets.UTF_8))
                    .isEqualTo(f.text("echostr"));
        }
        if (f.has("echostr")) {
            ciphertext = f.text("echostr");
        }
        if (f.has("encrypt")) {
            assertThat(ciphertext).as("both echostr and encrypt").isNull();
            ciphertext = f.text("encrypt");
        }
        if (f.has("post_body")) {
            assertThat(ciphertext).as("encrypt field next to post_body").isNotNull();
            assertThat(xmlElement(f.text("post_body"), "Encrypt")).isEqualTo(ciphertext);
        }

        for (String field : List.of("msg_signature", "msg_signature_DERIVED_HERE_not_in_source")) {
            if (f.has(field)) {
                String msgSignature = f.text(field);
                assertThat(ciphertext).as("ciphertext for " + field).isNotNull();
                assertThat(crypto.msgSignature(timestamp, nonce, ciphertext)).isEqualTo(msgSignature);
                assertThat(crypto.verifyMsgSignature(timestamp, nonce, ciphertext, msgSignature)).isTrue();
                assertThat(crypto.verifyMsgSignature(timestamp, nonce + "1", ciphertext, msgSignature)).isFalse();
                assertThat(crypto.verifyMsgSignature(timestamp, nonce, ciphertext,
                        flipLastHexDigit(msgSignature))).isFalse();
                done.add(Check.MSG_SIGNATURE);
            }
        }

        String decrypted = null;
        if (ciphertext != null) {
            decrypted = crypto.decrypt(ciphertext);
            done.add(Check.DECRYPT);
            // A crypto object for another app must refuse the same ciphertext.
            WeChatCrypto other = new WeChatCrypto(token, key, receiveId + "x");
            String finalCiphertext = ciphertext;
            assertThatThrownBy(() -> other.decrypt(finalCiphertext))
                    .isInstanceOf(WeChatCryptoException.class).hasMessageContaining("receive id");
        }
        for (String field : List.of("plaintext", "expected_plaintext_from_source")) {
            if (f.has(field)) {
                assertThat(decrypted).as(field).isEqualTo(f.text(field));
            }
        }
        if (f.has("decrypted_here")) {
            JsonNode d = f.node("decrypted_here");
            Set<String> known = Set.of("random_prefix_16_bytes", "plaintext", "trailing_receive_id", "pkcs7_pad_len");
            List<String> names = new ArrayList<>();
            d.fieldNames().forEachRemaining(names::add);
            assertThat(names).as("decrypted_here fields").isSubsetOf(known);
            String plaintext = d.path("plaintext").asText();
            assertThat(decrypted).as("decrypted_here.plaintext").isEqualTo(plaintext);
            assertThat(d.path("trailing_receive_id").asText()).isEqualTo(receiveId);
            // Re-encrypting with the recovered prefix must give back the exact ciphertext: this pins the layout,
            // the length field, the receive id and the padding all at once.
            byte[] prefix = prefixBytes(d.path("random_prefix_16_bytes").asText());
            assertThat(crypto.encrypt(plaintext, prefix)).as("re-encryption with the recovered prefix")
                    .isEqualTo(ciphertext);
            byte[] raw = rawDecrypt(key, ciphertext);
            assertThat(raw[raw.length - 1] & 0xff).as("pkcs7_pad_len").isEqualTo(d.path("pkcs7_pad_len").asInt());
            assertThat(java.util.Arrays.copyOf(raw, 16)).as("random prefix").isEqualTo(prefix);
        }
        if (f.has("source_asserts")) {
            f.node("source_asserts").fields().forEachRemaining(e ->
                    assertThat(xmlElement(decryptedOrFail(e.getKey(), f), e.getKey()))
                            .as("source_asserts." + e.getKey()).isEqualTo(e.getValue().asText()));
        }

        if (f.has("random_str")) {
            byte[] prefix = prefixBytes(f.text("random_str"));
            String plaintext = f.text("plaintext");
            String encrypted = crypto.encrypt(plaintext, prefix);
            assertThat(encrypted).as("deterministic encryption").isEqualTo(ciphertext);
            assertThat(crypto.decrypt(encrypted)).isEqualTo(plaintext);
            done.add(Check.ENCRYPT_FIXED);
            if (f.has("expected_envelope")) {
                String expected = f.text("expected_envelope");
                String envelope = crypto.envelope(plaintext, timestamp, nonce, prefix);
                // wechatpy puts a newline between the elements; the XML is the same.
                assertThat(envelope).isEqualTo(withoutWhitespaceBetweenTags(expected));
                assertThat(xmlElement(expected, "Encrypt")).isEqualTo(ciphertext);
                assertThat(xmlElement(expected, "MsgSignature")).isEqualTo(f.text("msg_signature"));
                assertThat(xmlElement(expected, "TimeStamp")).isEqualTo(timestamp);
                assertThat(xmlElement(expected, "Nonce")).isEqualTo(nonce);
                done.add(Check.ENVELOPE);
            }
        }

        assertThat(done).as("checks run for kind '" + kind + "'").containsAll(required);
        f.assertAllHandled();
    }

    private static String decryptedOrFail(String key, Fields f) {
        try {
            String token = f.text("token");
            WeChatCrypto c = new WeChatCrypto(token, f.text("encoding_aes_key"), f.text("receive_id"));
            return c.decrypt(f.has("encrypt") ? f.text("encrypt") : f.text("echostr"));
        } catch (WeChatCryptoException e) {
            throw new AssertionError("cannot decrypt for source_asserts." + key, e);
        }
    }

    @Test
    void encryptedEnvelopeSampleFileDecryptsWithItsVectorKey() throws Exception {
        JsonNode root = loadVectors();
        JsonNode sample = root.path("sample_files").path("mp_encrypted_envelope.xml");
        assertThat(sample.isObject()).as("sample_files.mp_encrypted_envelope.xml").isTrue();
        String vectorId = sample.path("pairs_with_vector").asText();
        JsonNode vector = null;
        for (JsonNode v : root.path("vectors")) {
            if (v.path("id").asText().equals(vectorId)) {
                vector = v;
            }
        }
        assertThat(vector).as("vector " + vectorId).isNotNull();
        Path file = vectorsFile().resolveSibling("mp_encrypted_envelope.xml");
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        String encrypt = xmlElement(xml, "Encrypt");
        assertThat(encrypt).isEqualTo(vector.path("encrypt").asText());

        WeChatCrypto crypto = new WeChatCrypto(vector.path("token").asText(),
                vector.path("encoding_aes_key").asText(), vector.path("receive_id").asText());
        assertThat(crypto.verifyMsgSignature(vector.path("timestamp").asText(), vector.path("nonce").asText(),
                encrypt, vector.path("msg_signature").asText())).isTrue();
        String message = crypto.decrypt(encrypt);
        assertThat(message).isEqualTo(vector.path("decrypted_here").path("plaintext").asText());
        assertThat(xmlElement(message, "ToUserName")).isEqualTo(xmlElement(xml, "ToUserName"));
        assertThat(xmlElement(message, "Content")).isEqualTo("hello");
    }

    @Test
    void passiveReplyExampleRoundTripsThroughEnvelope() throws Exception {
        JsonNode root = loadVectors();
        String reply = root.path("passive_reply_text_example").path("xml").asText();
        assertThat(reply).startsWith("<xml>");
        WeChatCrypto crypto = new WeChatCrypto(TOKEN, KEY, APPID);
        String envelope = crypto.envelope(reply, "1409304348", "xxxxxx");
        assertEnvelopeOpens(crypto, envelope, reply, "1409304348", "xxxxxx");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Negative cases and round trips (no vectors file needed)
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void wrongReceiveIdIsRejected() {
        String encrypted = new WeChatCrypto(TOKEN, KEY, APPID).encrypt("<xml>hi</xml>");
        WeChatCrypto otherApp = new WeChatCrypto(TOKEN, KEY, "wx0000000000000000");
        assertThatThrownBy(() -> otherApp.decrypt(encrypted))
                .isInstanceOf(WeChatCryptoException.class)
                .hasMessageContaining("receive id mismatch").hasMessageContaining(APPID);
        // A prefix of the right id is not the right id.
        WeChatCrypto prefixApp = new WeChatCrypto(TOKEN, KEY, APPID.substring(0, 10));
        assertThatThrownBy(() -> prefixApp.decrypt(encrypted)).isInstanceOf(WeChatCryptoException.class);
    }

    @Test
    void tamperedCiphertextFailsOnPadding() {
        WeChatCrypto crypto = new WeChatCrypto(TOKEN, KEY, APPID);
        String message = "hello";
        byte[] prefix = "aaaabbbbccccdddd".getBytes(StandardCharsets.US_ASCII);
        byte[] ciphertext = Base64.getDecoder().decode(crypto.encrypt(message, prefix));
        int pad = 32 - (20 + message.length() + APPID.length()) % 32;
        // In CBC, flipping a bit of the previous ciphertext block flips the same bit of the last plaintext block:
        // XOR the pad byte with itself so the decrypted pad value becomes 0.
        ciphertext[ciphertext.length - 17] ^= (byte) pad;
        String tampered = Base64.getEncoder().encodeToString(ciphertext);
        assertThatThrownBy(() -> crypto.decrypt(tampered))
                .isInstanceOf(WeChatCryptoException.class).hasMessageContaining("bad padding");

        // Garbling the last block itself must fail too.
        byte[] garbled = Base64.getDecoder().decode(crypto.encrypt(message, prefix));
        garbled[garbled.length - 1] ^= 0x01;
        assertThatThrownBy(() -> crypto.decrypt(Base64.getEncoder().encodeToString(garbled)))
                .isInstanceOf(WeChatCryptoException.class);
    }

    @Test
    void padValuesOutsideOneToThirtyTwoAreBadPadding() throws Exception {
        WeChatCrypto crypto = new WeChatCrypto(TOKEN, KEY, APPID);
        byte[] content = layout("hi", APPID);        // 40 bytes
        for (int badPad : new int[] {0, 33, 200}) {
            byte[] plain = java.util.Arrays.copyOf(content, 64);
            java.util.Arrays.fill(plain, content.length, 64, (byte) badPad);
            String encrypted = rawEncrypt(KEY, plain);
            assertThatThrownBy(() -> crypto.decrypt(encrypted)).as("pad " + badPad)
                    .isInstanceOf(WeChatCryptoException.class).hasMessageContaining("bad padding");
        }
        // Right last byte, inconsistent padding bytes before it.
        byte[] plain = java.util.Arrays.copyOf(content, 64);
        java.util.Arrays.fill(plain, content.length, 64, (byte) 24);
        plain[content.length] = 7;
        String encrypted = rawEncrypt(KEY, plain);
        assertThatThrownBy(() -> crypto.decrypt(encrypted))
                .isInstanceOf(WeChatCryptoException.class).hasMessageContaining("bad padding");
    }

    @Test
    void impossibleLengthFieldsAreRejected() throws Exception {
        WeChatCrypto crypto = new WeChatCrypto(TOKEN, KEY, APPID);
        for (int length : new int[] {-1, Integer.MAX_VALUE, 1000, 3 + APPID.length() + 1}) {
            byte[] content = layout("abc", APPID);
            ByteBuffer.wrap(content).putInt(16, length);
            String encrypted = rawEncrypt(KEY, pkcs7(content));
            assertThatThrownBy(() -> crypto.decrypt(encrypted)).as("length " + length)
                    .isInstanceOf(WeChatCryptoException.class).hasMessageContaining("impossible message length");
        }
        // Content shorter than the 20-byte header once the padding is removed.
        byte[] tiny = new byte[32];
        java.util.Arrays.fill(tiny, 10, 32, (byte) 22);
        String encrypted = rawEncrypt(KEY, tiny);
        assertThatThrownBy(() -> crypto.decrypt(encrypted))
                .isInstanceOf(WeChatCryptoException.class).hasMessageContaining("header");
    }

    @Test
    void truncatedAndNonBase64CiphertextIsRejected() {
        WeChatCrypto crypto = new WeChatCrypto(TOKEN, KEY, APPID);
        String good = crypto.encrypt("<xml><Content><![CDATA[hello]]></Content></xml>");
        // Whole Base64 quanta dropped: valid Base64, but no longer a multiple of 16 bytes.
        assertThatThrownBy(() -> crypto.decrypt(good.substring(0, good.length() - 4)))
                .isInstanceOf(WeChatCryptoException.class).hasMessageContaining("multiple of 16");
        // A dangling single character: not valid Base64 at all.
        assertThatThrownBy(() -> crypto.decrypt(good.substring(0, good.length() - 3)))
                .isInstanceOf(WeChatCryptoException.class).hasMessageContaining("Base64");
        // One block only: a multiple of 16, but not even one 32-byte pad block of valid content.
        String oneBlock = Base64.getEncoder().encodeToString(
                java.util.Arrays.copyOf(Base64.getDecoder().decode(good), 16));
        assertThatThrownBy(() -> crypto.decrypt(oneBlock)).isInstanceOf(WeChatCryptoException.class);
        for (String bad : new String[] {"not base64!!", "ÄÖÜ", "%2FqYX3", "abc def==", "", null}) {
            assertThatThrownBy(() -> crypto.decrypt(bad)).as(String.valueOf(bad))
                    .isInstanceOf(WeChatCryptoException.class);
        }
    }

    @Test
    void constructorValidatesTheKey() {
        assertThatThrownBy(() -> new WeChatCrypto(TOKEN, KEY.substring(1), APPID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("43");
        assertThatThrownBy(() -> new WeChatCrypto(TOKEN, KEY + "H", APPID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("43");
        assertThatThrownBy(() -> new WeChatCrypto(TOKEN, "", APPID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("43");
        assertThatThrownBy(() -> new WeChatCrypto(TOKEN, KEY.substring(0, 42) + "=", APPID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Base64");
        assertThatThrownBy(() -> new WeChatCrypto(TOKEN, KEY.substring(0, 42) + "-", APPID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Base64");
        assertThatThrownBy(() -> new WeChatCrypto(TOKEN, KEY, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("receive id");
        assertThatThrownBy(() -> new WeChatCrypto("", KEY, APPID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token");
        assertThatThrownBy(() -> new WeChatCrypto(null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token");
    }

    @Test
    void plainModeSignsButDoesNotEncrypt() {
        WeChatCrypto plain = new WeChatCrypto("test", null, null);
        assertThat(plain.safeMode()).isFalse();
        assertThat(plain.verifySignature("1410685589", "test", "f21891de399b4e33a1a93c9a7b8a8fffb5a443ff")).isTrue();
        assertThat(plain.toString()).doesNotContain("test");
        assertThatThrownBy(() -> plain.encrypt("x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> plain.decrypt("AAAA")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> plain.envelope("<xml/>", "1", "2")).isInstanceOf(IllegalStateException.class);
        assertThat(new WeChatCrypto(TOKEN, KEY, APPID).safeMode()).isTrue();
    }

    @Test
    void wrongOrMissingSignaturesAreFalse() {
        WeChatCrypto crypto = new WeChatCrypto("test", null, null);
        String good = "f21891de399b4e33a1a93c9a7b8a8fffb5a443ff";
        assertThat(crypto.verifySignature("1410685589", "test", good.toUpperCase())).isTrue();
        assertThat(crypto.verifySignature("1410685589", "test", flipLastHexDigit(good))).isFalse();
        assertThat(crypto.verifySignature("1410685589", "test", good.substring(1))).isFalse();
        assertThat(crypto.verifySignature("1410685589", "test", "")).isFalse();
        assertThat(crypto.verifySignature("1410685589", "test", null)).isFalse();
        assertThat(crypto.verifySignature(null, "test", good)).isFalse();
        assertThat(crypto.verifySignature("1410685589", null, good)).isFalse();
        assertThat(new WeChatCrypto("other", null, null).verifySignature("1410685589", "test", good)).isFalse();

        WeChatCrypto safe = new WeChatCrypto(TOKEN, KEY, APPID);
        String sig = safe.msgSignature("1", "2", "enc");
        assertThat(safe.verifyMsgSignature("1", "2", "enc", sig)).isTrue();
        assertThat(safe.verifyMsgSignature("1", "2", "enc2", sig)).isFalse();
        assertThat(safe.verifyMsgSignature("1", "2", null, sig)).isFalse();
        assertThat(safe.verifyMsgSignature(null, "2", "enc", sig)).isFalse();
        assertThat(safe.verifyMsgSignature("1", "2", "enc", null)).isFalse();
    }

    @Test
    void roundTripsChineseAndLargeMessages() throws Exception {
        WeChatCrypto crypto = new WeChatCrypto(TOKEN, KEY, APPID);
        String chinese = "<xml><Content><![CDATA[不忘初心，牢记使命 🚩]]></Content></xml>";
        assertThat(crypto.decrypt(crypto.encrypt(chinese))).isEqualTo(chinese);
        // Two encryptions of the same text differ (random prefix) but both decrypt.
        assertThat(crypto.encrypt(chinese)).isNotEqualTo(crypto.encrypt(chinese));

        StringBuilder big = new StringBuilder("<xml><Content><![CDATA[");
        while (big.length() < 5 * 1024) {
            big.append("红色引擎学习助手 party history 1921 ");
        }
        String large = big.append("]]></Content></xml>").toString();
        assertThat(large.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(5 * 1024);
        assertThat(crypto.decrypt(crypto.encrypt(large))).isEqualTo(large);

        // Every padding length 1..32 round-trips (message lengths covering a full pad block).
        for (int n = 0; n < 40; n++) {
            String m = "x".repeat(n);
            assertThat(crypto.decrypt(crypto.encrypt(m))).isEqualTo(m);
        }
    }

    @Test
    void envelopeIsSignedAndEscaped() throws Exception {
        WeChatCrypto crypto = new WeChatCrypto(TOKEN, KEY, APPID);
        String reply = "<xml><Content><![CDATA[你好]]></Content></xml>";
        String envelope = crypto.envelope(reply, "1409304348", "xxxxxx");
        assertThat(envelope).matches("<xml><Encrypt><!\\[CDATA\\[[A-Za-z0-9+/=]+]]></Encrypt>"
                + "<MsgSignature><!\\[CDATA\\[[0-9a-f]{40}]]></MsgSignature>"
                + "<TimeStamp>1409304348</TimeStamp><Nonce><!\\[CDATA\\[xxxxxx]]></Nonce></xml>");
        assertEnvelopeOpens(crypto, envelope, reply, "1409304348", "xxxxxx");
        // A hostile nonce cannot break out of its CDATA section.
        String odd = crypto.envelope(reply, "1<2", "a]]><x/>");
        assertThat(odd).contains("<TimeStamp>1&lt;2</TimeStamp>").doesNotContain("]]><x/>");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------------------

    private static Path vectorsFile() {
        return Path.of(System.getProperty("redengine.root", ".")).resolve("../shared/wechat/vectors.json").normalize();
    }

    private static JsonNode loadVectors() throws IOException {
        Path file = vectorsFile();
        if (!Files.isRegularFile(file)) {
            Assumptions.assumeTrue(false, "跳过：没有 ../shared/wechat/vectors.json");
        }
        return JSON.readTree(file.toFile());
    }

    private static void assertEnvelopeOpens(WeChatCrypto crypto, String envelope, String reply, String timestamp,
                                            String nonce) throws WeChatCryptoException {
        String encrypt = xmlElement(envelope, "Encrypt");
        assertThat(xmlElement(envelope, "TimeStamp")).isEqualTo(timestamp);
        assertThat(xmlElement(envelope, "Nonce")).isEqualTo(nonce);
        assertThat(crypto.verifyMsgSignature(timestamp, nonce, encrypt, xmlElement(envelope, "MsgSignature")))
                .isTrue();
        assertThat(crypto.decrypt(encrypt)).isEqualTo(reply);
    }

    /** The text of the first {@code <name>} element, with or without CDATA; null if absent. */
    private static String xmlElement(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">(?:<!\\[CDATA\\[(.*?)]]>|([^<]*))</" + name + ">", Pattern.DOTALL)
                .matcher(xml);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static String withoutWhitespaceBetweenTags(String xml) {
        return xml.strip().replaceAll(">\\s+<", "><");
    }

    /** The 16-byte prefix as the vectors give it: 16 ASCII characters (as the SDKs generate it), or 32 hex digits. */
    private static byte[] prefixBytes(String text) {
        if (text.length() == 16 && StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
            return text.getBytes(StandardCharsets.US_ASCII);
        }
        if (text.matches("[0-9a-fA-F]{32}")) {
            return HexFormat.of().parseHex(text);
        }
        throw new AssertionError("random prefix is neither 16 ASCII characters nor 32 hex digits: " + text);
    }

    private static String flipLastHexDigit(String hex) {
        char last = hex.charAt(hex.length() - 1);
        return hex.substring(0, hex.length() - 1) + (last == '0' ? '1' : '0');
    }

    /** 16 zero bytes | big-endian length | message | receive id, unpadded. */
    private static byte[] layout(String message, String receiveId) {
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        byte[] id = receiveId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(20 + msg.length + id.length)
                .put(new byte[16]).putInt(msg.length).put(msg).put(id).array();
    }

    private static byte[] pkcs7(byte[] content) {
        int pad = 32 - content.length % 32;
        byte[] out = java.util.Arrays.copyOf(content, content.length + pad);
        java.util.Arrays.fill(out, content.length, out.length, (byte) pad);
        return out;
    }

    /** AES-256-CBC with the WeChat key and IV, independent of the class under test. */
    private static Cipher rawCipher(int mode, String encodingAesKey) throws Exception {
        byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
        Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
        return cipher;
    }

    private static String rawEncrypt(String encodingAesKey, byte[] plain) throws Exception {
        return Base64.getEncoder().encodeToString(rawCipher(Cipher.ENCRYPT_MODE, encodingAesKey).doFinal(plain));
    }

    private static byte[] rawDecrypt(String encodingAesKey, String base64) throws Exception {
        return rawCipher(Cipher.DECRYPT_MODE, encodingAesKey).doFinal(Base64.getDecoder().decode(base64));
    }

    /** A vector's fields, remembering which ones the test looked at. */
    private static final class Fields {
        private final JsonNode vector;
        private final Set<String> handled = new LinkedHashSet<>();

        Fields(JsonNode vector) {
            this.vector = vector;
        }

        boolean has(String name) {
            boolean present = vector.has(name) && !vector.get(name).isNull();
            if (present) {
                handled.add(name);
            }
            return present;
        }

        JsonNode node(String name) {
            assertThat(vector.has(name)).as("field " + name).isTrue();
            handled.add(name);
            return vector.get(name);
        }

        String text(String name) {
            JsonNode node = node(name);
            assertThat(node.isTextual()).as("field " + name + " is a string").isTrue();
            return node.asText();
        }

        void touch(String name) {
            handled.add(name);
        }

        void assertAllHandled() {
            List<String> unhandled = new ArrayList<>();
            vector.fieldNames().forEachRemaining(name -> {
                if (!handled.contains(name)) {
                    unhandled.add(name);
                }
            });
            assertThat(unhandled).as("fields of vector " + vector.path("id").asText()
                    + " that this test does not check (add a handler)").isEmpty();
        }
    }
}
