package org.redengine.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.Delivered;
import org.redengine.conversation.Reply;
import org.redengine.conversation.ReplyType;
import org.redengine.conversation.Source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The replies a platform message got, as JSON, so a retry can be answered exactly as the first attempt. */
final class ProcessedReplies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProcessedReplies() {
    }

    static String encode(List<Delivered> replies) {
        ArrayNode array = JSON.createArrayNode();
        for (Delivered d : replies) {
            ObjectNode o = array.addObject();
            o.put("channel", d.conversation().channel()).put("kind", d.conversation().kind().name())
                    .put("id", d.conversation().id()).put("seq", d.seq()).put("at", d.at().toEpochMilli())
                    .put("type", d.reply().type().name()).put("text", d.reply().text());
            if (d.reply().confidence() != null) o.put("confidence", d.reply().confidence());
            ArrayNode sources = o.putArray("sources");
            for (Source s : d.reply().sources()) {
                sources.addObject().put("title", s.title()).put("source", s.source()).put("excerpt", s.excerpt());
            }
            ArrayNode suggestions = o.putArray("suggestions");
            d.reply().suggestions().forEach(suggestions::add);
        }
        return array.toString();
    }

    static List<Delivered> decode(String json) {
        try {
            List<Delivered> out = new ArrayList<>();
            for (JsonNode o : JSON.readTree(json)) {
                List<Source> sources = new ArrayList<>();
                o.path("sources").forEach(s -> sources.add(new Source(s.path("title").asText(), s.path("source").asText(), s.path("excerpt").asText())));
                List<String> suggestions = new ArrayList<>();
                o.path("suggestions").forEach(s -> suggestions.add(s.asText()));
                Reply r = new Reply(ReplyType.valueOf(o.path("type").asText().toUpperCase(Locale.ROOT)), o.path("text").asText(),
                        sources, o.has("confidence") ? o.get("confidence").asDouble() : null, suggestions);
                ConversationKey key = new ConversationKey(o.path("channel").asText(),
                        ConversationKey.Kind.valueOf(o.path("kind").asText()), o.path("id").asText());
                out.add(new Delivered(key, o.path("seq").asLong(), r, Instant.ofEpochMilli(o.path("at").asLong())));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
