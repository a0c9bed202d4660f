package org.redengine.channels.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** WeChat callback XML: parsing the official samples, refusing hostile documents, and writing passive replies. */
class WeChatXmlTest {

    /** Inline copy of ../shared/wechat/mp_text_message.xml (wechatpy's test of the official docs example). */
    static final String TEXT_SAMPLE = """
            <xml>
            <ToUserName><![CDATA[toUser]]></ToUserName>
            <FromUserName><![CDATA[fromUser]]></FromUserName>
            <CreateTime>1348831860</CreateTime>
            <MsgType><![CDATA[text]]></MsgType>
            <Content><![CDATA[this is a test]]></Content>
            <MsgId>1234567890123456</MsgId>
            </xml>
            """;

    /** Inline copy of ../shared/wechat/mp_click_event.xml. */
    static final String CLICK_SAMPLE = """
            <xml>
            <ToUserName><![CDATA[toUser]]></ToUserName>
            <FromUserName><![CDATA[FromUser]]></FromUserName>
            <CreateTime>123456789</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[CLICK]]></Event>
            <EventKey><![CDATA[EVENTKEY]]></EventKey>
            </xml>
            """;

    /** passive_reply_text_example in ../shared/wechat/vectors.json (from WxJava's WxMpXmlOutTextMessageTest). */
    static final String REPLY_EXAMPLE = "<xml><ToUserName><![CDATA[to]]></ToUserName><FromUserName><![CDATA[from]]>"
            + "</FromUserName><CreateTime>1122</CreateTime><MsgType><![CDATA[text]]></MsgType>"
            + "<Content><![CDATA[content]]></Content></xml>";

    /** Expected fields of every shared sample file, in document order. */
    static final Map<String, Map<String, String>> EXPECTED = Map.of(
            "mp_text_message.xml", ordered(
                    "ToUserName", "toUser", "FromUserName", "fromUser", "CreateTime", "1348831860",
                    "MsgType", "text", "Content", "this is a test", "MsgId", "1234567890123456"),
            "mp_image_message.xml", ordered(
                    "ToUserName", "toUser", "FromUserName", "fromUser", "CreateTime", "1348831860",
                    "MsgType", "image", "PicUrl", "this is a url", "MediaId", "media_id", "MsgId", "1234567890123456"),
            "mp_voice_message.xml", ordered(
                    "ToUserName", "toUser", "FromUserName", "fromUser", "CreateTime", "1357290913",
                    "MsgType", "voice", "MediaId", "media_id", "Format", "Format", "MsgId", "1234567890123456"),
            "mp_subscribe_event.xml", ordered(
                    "ToUserName", "toUser", "FromUserName", "FromUser", "CreateTime", "123456789",
                    "MsgType", "event", "Event", "subscribe"),
            "mp_click_event.xml", ordered(
                    "ToUserName", "toUser", "FromUserName", "FromUser", "CreateTime", "123456789",
                    "MsgType", "event", "Event", "CLICK", "EventKey", "EVENTKEY"));

    static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static Path sharedDir() {
        Path dir = Path.of(System.getProperty("redengine.root", ".")).resolve("../shared/wechat").normalize();
        Assumptions.assumeTrue(Files.isDirectory(dir), "跳过：没有 ../shared/wechat");
        return dir;
    }

    static Map<String, String> parse(String xml) throws WeChatXml.BadXml {
        return WeChatXml.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    static void assertBad(String xml) {
        assertBad(xml.getBytes(StandardCharsets.UTF_8));
    }

    static void assertBad(byte[] body) {
        assertThatThrownBy(() -> WeChatXml.parse(body)).isInstanceOf(WeChatXml.BadXml.class);
    }

    // ---------------------------------------------------------------- samples

    @Test
    void inlineTextSampleParses() throws Exception {
        Map<String, String> f = parse(TEXT_SAMPLE);
        assertThat(f).containsExactlyEntriesOf(EXPECTED.get("mp_text_message.xml"));

        WeChatMessage m = WeChatMessage.from(f);
        assertThat(m.toUser()).isEqualTo("toUser");
        assertThat(m.fromUser()).isEqualTo("fromUser");
        assertThat(m.createTime()).isEqualTo(1348831860L);
        assertThat(m.content()).isEqualTo("this is a test");
        assertThat(m.isText()).isTrue();
        assertThat(m.isEvent()).isFalse();
        assertThat(m.event()).isNull();
        assertThat(m.dedupeKey()).isEqualTo("msg:1234567890123456");
    }

    @Test
    void inlineClickSampleParses() throws Exception {
        Map<String, String> f = parse(CLICK_SAMPLE);
        assertThat(f).containsExactlyEntriesOf(EXPECTED.get("mp_click_event.xml"));

        WeChatMessage m = WeChatMessage.from(f);
        assertThat(m.isEvent()).isTrue();
        assertThat(m.isText()).isFalse();
        assertThat(m.event()).isEqualTo("CLICK");
        assertThat(m.eventKey()).isEqualTo("EVENTKEY");
        assertThat(m.msgId()).isNull();
        assertThat(m.dedupeKey()).isEqualTo("evt:FromUser:123456789:CLICK:EVENTKEY");
    }

    @Test
    void sharedSampleFilesParse() throws Exception {
        Path dir = sharedDir();
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("mp_.*\\.xml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Map<String, String> f = WeChatXml.parse(Files.readAllBytes(file));
            if (name.equals("mp_encrypted_envelope.xml")) {
                assertThat(f).containsOnlyKeys("ToUserName", "Encrypt");
                assertThat(f.get("ToUserName")).isEqualTo("asdasdasd");
                assertThat(f.get("Encrypt")).startsWith("rTNFcsut4LfG").endsWith("CQzBIuikA==").doesNotContain(" ", "\n");
                assertThat(WeChatMessage.from(f).encrypt()).isEqualTo(f.get("Encrypt"));
            } else {
                assertThat(EXPECTED).as("expected fields for %s", name).containsKey(name);
                assertThat(f).as(name).containsExactlyEntriesOf(EXPECTED.get(name));
            }
        }
    }

    @Test
    void sharedSampleMessages() throws Exception {
        Path dir = sharedDir();
        WeChatMessage voice = WeChatMessage.from(WeChatXml.parse(Files.readAllBytes(dir.resolve("mp_voice_message.xml"))));
        assertThat(voice.msgType()).isEqualTo("voice");
        assertThat(voice.mediaId()).isEqualTo("media_id");
        assertThat(voice.recognition()).isNull();

        WeChatMessage image = WeChatMessage.from(WeChatXml.parse(Files.readAllBytes(dir.resolve("mp_image_message.xml"))));
        assertThat(image.picUrl()).isEqualTo("this is a url");

        WeChatMessage sub = WeChatMessage.from(WeChatXml.parse(Files.readAllBytes(dir.resolve("mp_subscribe_event.xml"))));
        assertThat(sub.isEvent()).isTrue();
        assertThat(sub.dedupeKey()).isEqualTo("evt:FromUser:123456789:subscribe:");
    }

    @Test
    void weComEnvelopeAndGroupFields() throws Exception {
        Map<String, String> f = parse("<xml><ToUserName><![CDATA[ww123]]></ToUserName>"
                + "<Encrypt><![CDATA[abc+/=]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>");
        WeChatMessage env = WeChatMessage.from(f);
        assertThat(env.toUser()).isEqualTo("ww123");
        assertThat(env.encrypt()).isEqualTo("abc+/=");
        assertThat(env.agentId()).isEqualTo("1000002");
        assertThat(env.createTime()).isZero();
    }

    @Test
    void locationAndVoiceRecognitionFields() throws Exception {
        WeChatMessage m = WeChatMessage.from(parse("<xml><MsgType>location</MsgType><Location_X>23.134521</Location_X>"
                + "<Location_Y>113.358803</Location_Y><Label><![CDATA[位置信息]]></Label><Recognition>腾讯微信团队</Recognition></xml>"));
        assertThat(m.locationX()).isEqualTo("23.134521");
        assertThat(m.locationY()).isEqualTo("113.358803");
        assertThat(m.label()).isEqualTo("位置信息");
        assertThat(m.recognition()).isEqualTo("腾讯微信团队");
    }

    @Test
    void textIsTrimmedAndPredefinedEntitiesWork() throws Exception {
        String amps = "&amp;".repeat(200);
        Map<String, String> f = parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- comment -->"
                + "<xml>\n  <Content>  a &lt;b&gt; &#x4E2D; " + amps + " </Content>\n<Empty/></xml>");
        assertThat(f).containsExactly(entry("Content", "a <b> 中 " + "&".repeat(200)), entry("Empty", ""));
    }

    @Test
    void utf8BomIsAccepted() throws Exception {
        byte[] xml = "<xml><A>1</A></xml>".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[xml.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(xml, 0, body, 3, xml.length);
        assertThat(WeChatXml.parse(body)).containsExactly(entry("A", "1"));
    }

    @Test
    void nestedElementsBelowChildrenAreIgnored() throws Exception {
        Map<String, String> f = parse("<xml><MsgType>event</MsgType><Event>scancode_waitmsg</Event>"
                + "<ScanCodeInfo><ScanType><![CDATA[qrcode]]></ScanType><ScanResult>1</ScanResult></ScanCodeInfo>"
                + "<EventKey>k</EventKey></xml>");
        assertThat(f).containsExactly(entry("MsgType", "event"), entry("Event", "scancode_waitmsg"),
                entry("ScanCodeInfo", ""), entry("EventKey", "k"));
        assertBad("<xml><A>" + "<b>".repeat(10) + "</b>".repeat(10) + "</A></xml>");
    }

    // ---------------------------------------------------------------- hostile and broken documents

    @Test
    void xxeCannotReadLocalFiles(@TempDir Path tmp) throws Exception {
        String passwd = "<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><Content>&x;</Content></xml>";
        assertThatThrownBy(() -> parse(passwd))
                .isInstanceOf(WeChatXml.BadXml.class)
                .message().doesNotContain("root:").doesNotContain("passwd");

        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET-MARKER");
        String local = "<!DOCTYPE xml [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><xml><Content>&x;</Content></xml>";
        assertThatThrownBy(() -> parse(local))
                .isInstanceOf(WeChatXml.BadXml.class)
                .message().doesNotContain("TOP-SECRET");
    }

    @Test
    void noNetworkFetchForExternalDtdOrEntities() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", ex -> {
            hits.incrementAndGet();
            byte[] dtd = "<!ENTITY x \"LEAKED\">".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, dtd.length);
            ex.getResponseBody().write(dtd);
            ex.close();
        });
        http.start();
        try {
            String url = "http://127.0.0.1:" + http.getAddress().getPort() + "/evil.dtd";
            assertBad("<!DOCTYPE xml SYSTEM \"" + url + "\"><xml><Content>&x;</Content></xml>");
            assertBad("<!DOCTYPE xml PUBLIC \"-//X//Y\" \"" + url + "\"><xml><Content>hi</Content></xml>");
            assertBad("<!DOCTYPE xml [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]><xml><Content>&x;</Content></xml>");
            assertBad("<!DOCTYPE xml [<!ENTITY x SYSTEM \"" + url + "\">]><xml><Content>&x;</Content></xml>");
            assertThat(hits).hasValue(0);
        } finally {
            http.stop(0);
        }
    }

    @Test
    void parameterEntitiesAndInternalEntitiesAreRejected() {
        assertBad("<!DOCTYPE xml [<!ENTITY % p \"<!ENTITY x 'y'>\"> %p;]><xml><Content>&x;</Content></xml>");
        assertBad("<!DOCTYPE xml [<!ENTITY % a SYSTEM \"file:///etc/passwd\">"
                + "<!ENTITY % b \"<!ENTITY &#x25; c SYSTEM 'http://127.0.0.1:1/?%a;'>\"> %b; %c;]><xml/>");
        assertBad("<!DOCTYPE xml [<!ENTITY x \"harmless\">]><xml><Content>&x;</Content></xml>");
        assertBad("<!DOCTYPE xml><xml><Content>hi</Content></xml>");
        assertBad("<xml><Content>&undeclared;</Content></xml>");
    }

    @Test
    void billionLaughsIsRejectedFast() throws Exception {
        parse("<xml><A>warm-up</A></xml>"); // keep class loading out of the measurement
        StringBuilder dtd = new StringBuilder("<!DOCTYPE xml [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String prev = "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">");
        }
        String xml = dtd + "]><xml><Content>&lol9;</Content></xml>";
        long start = System.nanoTime();
        assertBad(xml);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("billion laughs rejection time in ms").isLessThan(500);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "   ",
            "not xml at all",
            "<xml><A>1</A>",
            "<xml><A>1</B></xml>",
            "<xml><A>1</A></xml><xml/>",
            "<xml><A>1</A></xml>trailing",
            "<xml><A x=\"1\" x=\"2\">1</A></xml>",
            "<xml><A>a < b</A></xml>",
            "<xml><A><![CDATA[open</A></xml>",
            "<xml>\u0001<A>1</A></xml>",
    })
    void malformedIsRejected(String xml) {
        assertBad(xml);
    }

    @Test
    void wrongRootIsRejected() {
        assertBad("<root><ToUserName>a</ToUserName></root>");
        assertBad("<XML><ToUserName>a</ToUserName></XML>");
        assertBad("<ns:xml xmlns:ns=\"urn:x\"><A>1</A></ns:xml>");
    }

    @Test
    void structureRulesAreEnforced() throws Exception {
        assertBad("<xml><MsgId>1</MsgId><MsgId>2</MsgId></xml>");
        assertBad("<xml>stray text<A>1</A></xml>");

        StringBuilder ok = new StringBuilder("<xml>");
        for (int i = 0; i < WeChatXml.MAX_CHILDREN; i++) {
            ok.append("<F").append(i).append(">v</F").append(i).append('>');
        }
        assertThat(parse(ok + "</xml>")).hasSize(WeChatXml.MAX_CHILDREN);
        assertBad(ok + "<Extra>v</Extra></xml>");
    }

    @Test
    void oversizedBodyAndTextAreRejected() throws Exception {
        String maxText = "字".repeat(WeChatXml.MAX_TEXT_CHARS);
        assertThat(parse("<xml><Content>" + maxText + "</Content></xml>").get("Content")).isEqualTo(maxText);
        assertBad("<xml><Content>" + "a".repeat(WeChatXml.MAX_TEXT_CHARS + 1) + "</Content></xml>");
        assertBad("<xml><Content><![CDATA[" + "a".repeat(40_000) + "]]>" + "b".repeat(40_000) + "</Content></xml>");

        String big = "<xml><A>1</A>" + " ".repeat(WeChatXml.MAX_BODY_BYTES) + "</xml>";
        assertThatThrownBy(() -> parse(big)).isInstanceOf(WeChatXml.BadXml.class).hasMessageContaining("too large");
    }

    @Test
    void nonUtf8IsRejected() {
        assertBad(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, 0x01, (byte) 0x80, (byte) 0xC3});
        byte[] garbage = new byte[1024];
        new java.util.Random(7).nextBytes(garbage);
        assertBad(garbage);
        // GBK-encoded Chinese is not valid UTF-8, even with an honest declaration.
        assertBad("<?xml version=\"1.0\" encoding=\"GBK\"?><xml><Content>红色引擎学习群</Content></xml>"
                .getBytes(Charset.forName("GBK")));
        assertBad("<xml><Content>中文</Content></xml>".getBytes(StandardCharsets.UTF_16));
    }

    // ---------------------------------------------------------------- writing

    @Test
    void textReplyMatchesVectorExample() throws IOException {
        assertThat(WeChatXml.textReply("to", "from", 1122, "content")).isEqualTo(REPLY_EXAMPLE);

        Path vectors = Path.of(System.getProperty("redengine.root", ".")).resolve("../shared/wechat/vectors.json");
        if (Files.isRegularFile(vectors)) {
            JsonNode v = new ObjectMapper().readTree(vectors.toFile());
            assertThat(WeChatXml.textReply("to", "from", 1122, "content"))
                    .isEqualTo(v.path("passive_reply_text_example").path("xml").asText());
        }
    }

    @Test
    void cdataRoundTripWithTerminatorAndChinese() throws Exception {
        String content = "答：遵义会议]]>1935年]]]]><![CDATA[x]]>y ]]";
        String xml = WeChatXml.textReply("用户", "公众号", 1_700_000_000L, content);
        assertThat(xml).startsWith("<xml><ToUserName><![CDATA[用户]]></ToUserName>");
        Map<String, String> f = parse(xml);
        assertThat(f).containsExactly(entry("ToUserName", "用户"), entry("FromUserName", "公众号"),
                entry("CreateTime", "1700000000"), entry("MsgType", "text"), entry("Content", content));
        assertThat(WeChatMessage.from(f).content()).isEqualTo(content);
    }

    @Test
    void invalidXmlCharactersAreStripped() throws Exception {
        String content = "a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\tTab\nLF\uFFFEh\uD800i😀";
        String xml = WeChatXml.textReply("to", "from", 1, content);
        assertThat(xml).doesNotContain("\u0000", "\u0001", "\u0008", "\u000B", "\u001F", "\uFFFE");
        assertThat(parse(xml).get("Content")).isEqualTo("abcdefg\tTab\nLFhi😀");
        assertThat(WeChatXml.textReply(null, null, 0, null))
                .isEqualTo("<xml><ToUserName><![CDATA[]]></ToUserName><FromUserName><![CDATA[]]></FromUserName>"
                        + "<CreateTime>0</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[]]></Content></xml>");
    }

    // ---------------------------------------------------------------- dedupe

    @Test
    void dedupeKeys() throws Exception {
        assertThat(WeChatMessage.from(parse(TEXT_SAMPLE)).dedupeKey()).isEqualTo("msg:1234567890123456");
        assertThat(WeChatMessage.from(parse(CLICK_SAMPLE)).dedupeKey()).isEqualTo("evt:FromUser:123456789:CLICK:EVENTKEY");

        // Two different events in the same second keep different keys.
        String a = "<xml><FromUserName>u</FromUserName><CreateTime>5</CreateTime><MsgType>event</MsgType>"
                + "<Event>CLICK</Event><EventKey>A</EventKey></xml>";
        assertThat(WeChatMessage.from(parse(a)).dedupeKey())
                .isNotEqualTo(WeChatMessage.from(parse(a.replace(">A<", ">B<"))).dedupeKey());

        WeChatMessage empty = WeChatMessage.from(Map.of());
        assertThat(empty.createTime()).isZero();
        assertThat(empty.dedupeKey()).isEqualTo("evt::0::");
        assertThat(WeChatMessage.from(Map.of("CreateTime", "soon")).createTime()).isZero();
    }
}
