package org.redengine.channels.wechat;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Safe reading and writing of the flat XML documents used by WeChat Official Account and WeCom callbacks.
 *
 * <p>A callback body looks like {@code <xml><ToUserName><![CDATA[...]]></ToUserName><CreateTime>1</CreateTime>...</xml>}:
 * a root element named {@code xml} whose children each carry one text or CDATA value.
 *
 * <p>Parsing rules ({@link #parse}):
 * <ul>
 *   <li>the body must be UTF-8 (a leading byte-order mark is allowed) and at most {@value #MAX_BODY_BYTES} bytes;</li>
 *   <li>any DOCTYPE is rejected, so neither internal nor external entities (XXE, "billion laughs") can be used;
 *       the JDK's built-in StAX parser is used (not whatever StAX provider is on the class path) with DTD support,
 *       external entities and external access switched off, and its entity limits set low as a second line;</li>
 *   <li>the root must be {@code <xml>}, with at most {@value #MAX_CHILDREN} child elements, no child name twice,
 *       and no non-blank text directly inside the root;</li>
 *   <li>each child's text is trimmed and at most {@value #MAX_TEXT_CHARS} characters;</li>
 *   <li>elements nested below a child (e.g. {@code <ScanCodeInfo><ScanType>..</ScanType></ScanCodeInfo>} in some
 *       menu events) are <em>ignored</em>: the child keeps only its own direct text, usually empty. Nesting deeper
 *       than {@value #MAX_DEPTH} levels is rejected.</li>
 * </ul>
 * Every rejection throws {@link BadXml}, whose message never contains text from the document.
 */
public final class WeChatXml {

    /** Largest accepted body, in bytes. */
    public static final int MAX_BODY_BYTES = 256 * 1024;
    /** Largest number of child elements under {@code <xml>}. */
    public static final int MAX_CHILDREN = 64;
    /** Largest text of one child element, in characters (64 Ki). */
    public static final int MAX_TEXT_CHARS = 64 * 1024;
    /** Deepest accepted element nesting; the root is level 1, its children level 2. */
    public static final int MAX_DEPTH = 8;

    private static final String ROOT = "xml";

    private WeChatXml() {
    }

    /** A callback body that was refused; the message is safe to log (it never quotes the document). */
    public static final class BadXml extends Exception {
        private static final long serialVersionUID = 1L;

        public BadXml(String message) {
            super(message);
        }
    }

    /**
     * Parses a callback body into child element name → trimmed text, in document order.
     *
     * @throws BadXml if the body is too large, not UTF-8, malformed, has a DOCTYPE or breaks a rule above
     */
    public static Map<String, String> parse(byte[] body) throws BadXml {
        if (body == null || body.length == 0) {
            throw new BadXml("empty XML body");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new BadXml("XML body too large: " + body.length + " bytes, limit " + MAX_BODY_BYTES);
        }
        String text = decodeUtf8(body);
        XMLStreamReader reader = null;
        try {
            reader = newFactory().createXMLStreamReader(new StringReader(text));
            return readDocument(reader);
        } catch (XMLStreamException e) {
            // The parser's own message may quote names or text from the document, so only the position is kept.
            throw new BadXml("malformed XML" + where(e.getLocation()));
        } catch (RuntimeException e) {
            throw new BadXml("malformed XML (" + e.getClass().getSimpleName() + ")");
        } finally {
            closeQuietly(reader);
        }
    }

    /**
     * Builds a passive text reply, exactly in the form WeChat expects:
     * {@code <xml><ToUserName><![CDATA[to]]></ToUserName><FromUserName><![CDATA[from]]></FromUserName>
     * <CreateTime>1122</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[content]]></Content></xml>}.
     * In a reply, {@code toUser} is the sender of the incoming message and {@code fromUser} the account.
     * Null values are written as empty strings.
     */
    public static String textReply(String toUser, String fromUser, long createTime, String content) {
        StringBuilder sb = new StringBuilder(160 + (content == null ? 0 : content.length()));
        sb.append("<xml>");
        cdataElement(sb, "ToUserName", toUser);
        cdataElement(sb, "FromUserName", fromUser);
        sb.append("<CreateTime>").append(createTime).append("</CreateTime>");
        cdataElement(sb, "MsgType", "text");
        cdataElement(sb, "Content", content);
        sb.append("</xml>");
        return sb.toString();
    }

    /**
     * Wraps a value in CDATA safely: characters not allowed in XML 1.0 are dropped and every {@code "]]>"} is
     * split across two CDATA sections, so the value cannot end the section early.
     */
    static String cdata(String value) {
        String clean = stripInvalidXmlChars(value == null ? "" : value);
        return "<![CDATA[" + clean.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    /** Removes characters not allowed in XML 1.0 (control characters other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
    static String stripInvalidXmlChars(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (!isXmlChar(cp)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (sb != null) {
                sb.appendCodePoint(cp);
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private static void cdataElement(StringBuilder sb, String name, String value) {
        sb.append('<').append(name).append('>').append(cdata(value)).append("</").append(name).append('>');
    }

    // ---------------------------------------------------------------- parsing internals

    /** Walks the event stream, enforcing the rules in the class comment. */
    private static Map<String, String> readDocument(XMLStreamReader r) throws XMLStreamException, BadXml {
        Map<String, String> out = new LinkedHashMap<>();
        int depth = 0;              // current element depth; 1 = inside <xml>
        String child = null;        // name of the open child element (depth >= 2)
        StringBuilder childText = null;
        boolean sawRoot = false;

        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.DTD ->
                        throw new BadXml("DOCTYPE is not allowed");
                case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION,
                     XMLStreamConstants.NOTATION_DECLARATION ->
                        throw new BadXml("entities are not allowed");
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (depth > MAX_DEPTH) {
                        throw new BadXml("XML nested deeper than " + MAX_DEPTH + " levels");
                    }
                    if (depth == 1) {
                        if (sawRoot || !ROOT.equals(r.getLocalName())) {
                            throw new BadXml("root element must be <xml>");
                        }
                        sawRoot = true;
                    } else if (depth == 2) {
                        child = r.getLocalName();
                        if (out.containsKey(child)) {
                            throw new BadXml("duplicate element " + safeName(child));
                        }
                        if (out.size() >= MAX_CHILDREN) {
                            throw new BadXml("more than " + MAX_CHILDREN + " elements under <xml>");
                        }
                        childText = new StringBuilder();
                    }
                    // depth > 2: nested element below a child, ignored (see class comment)
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 2) {
                        out.put(child, childText.toString().trim());
                        child = null;
                        childText = null;
                    }
                    depth--;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 2) {
                        if (childText.length() + r.getTextLength() > MAX_TEXT_CHARS) {
                            throw new BadXml("element " + safeName(child) + " text longer than " + MAX_TEXT_CHARS + " characters");
                        }
                        childText.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    } else if (depth == 1 && !r.isWhiteSpace()) {
                        throw new BadXml("text directly inside <xml> is not allowed");
                    }
                    // depth > 2: text of an ignored nested element
                }
                default -> {
                    // comments, processing instructions, start/end document: nothing to do
                }
            }
        }
        if (!sawRoot) {
            throw new BadXml("no root element");
        }
        return out;
    }

    /**
     * A fresh, locked-down factory of the JDK's built-in StAX implementation. {@code newDefaultFactory()} is used
     * instead of {@code newInstance()} because the class path may hold another provider (Woodstox, say)
     * whose property support differs. A new factory per call avoids sharing mutable state.
     */
    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not allowed");
        });
        // Defense in depth: these only matter if a DTD ever got through, which the rules above forbid.
        setIfSupported(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        setIfSupported(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        setIfSupported(f, "jdk.xml.dtd.support", "deny");            // JDK 24+; ignored if unknown
        setIfSupported(f, "jdk.xml.entityExpansionLimit", "16");     // note: 0 would mean "no limit"
        setIfSupported(f, "jdk.xml.maxGeneralEntitySizeLimit", "4096");
        setIfSupported(f, "jdk.xml.maxParameterEntitySizeLimit", "4096");
        setIfSupported(f, "jdk.xml.totalEntitySizeLimit", "4096");
        setIfSupported(f, "jdk.xml.entityReplacementLimit", "4096");
        setIfSupported(f, "jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH + 1));
        setIfSupported(f, "jdk.xml.elementAttributeLimit", "16");
        setIfSupported(f, "jdk.xml.maxXMLNameLimit", "256");
        return f;
    }

    private static void setIfSupported(XMLInputFactory f, String name, Object value) {
        try {
            f.setProperty(name, value);
        } catch (IllegalArgumentException unsupported) {
            // property unknown to this JDK: the explicit DTD rejection still applies
        }
    }

    /** Strict UTF-8 decoding; invalid byte sequences are rejected instead of replaced. A leading BOM is dropped. */
    private static String decodeUtf8(byte[] body) throws BadXml {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new BadXml("XML body is not valid UTF-8");
        }
    }

    /** An element name for a log message: shortened and limited to ASCII letters, digits and '_'. */
    private static String safeName(String name) {
        String s = name.length() > 40 ? name.substring(0, 40) : name;
        return "<" + s.replaceAll("[^A-Za-z0-9_]", "?") + ">";
    }

    private static String where(Location loc) {
        return loc == null ? "" : " at line " + loc.getLineNumber() + ", column " + loc.getColumnNumber();
    }

    private static void closeQuietly(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing to release: the input is an in-memory string
            }
        }
    }
}
