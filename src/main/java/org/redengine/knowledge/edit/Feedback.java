package org.redengine.knowledge.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redengine.conversation.ConversationKey;
import org.redengine.history.MessageHistory;

/** Members rating the bot's answers: the latest answer of a chat (有用 / 没用), or a given one (web buttons). */
public final class Feedback {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MessageHistory history;
    private final Ratings ratings;

    public Feedback(MessageHistory history, Ratings ratings) {
        this.history = history;
        this.ratings = ratings;
    }

    /** Rates the latest answer in the conversation; false when there is none to rate. */
    public boolean rateLatest(ConversationKey conversation, String userId, boolean useful) {
        MessageHistory.Stored answer = history.latest(conversation, "answer");
        if (answer == null) return false;
        ratings.rate(answer.conversation(), answer.seq(), userId, entry(answer), useful);
        return true;
    }

    /** Rates one message; false when it is not an answer of that conversation. */
    public boolean rate(ConversationKey conversation, long seq, String userId, boolean useful) {
        MessageHistory.Stored answer = history.get(conversation, seq);
        if (answer == null || !answer.type().equals("answer")) return false;
        ratings.rate(answer.conversation(), answer.seq(), userId, entry(answer), useful);
        return true;
    }

    /** The entry an answer came from: its first source's title (the FAQ question or the article title). */
    private static String entry(MessageHistory.Stored answer) {
        try {
            JsonNode p = JSON.readTree(answer.payload());
            String title = p.path("sources").path(0).path("title").asText();
            return title.isEmpty() ? "（未知）" : title;
        } catch (Exception e) {
            return "（未知）";
        }
    }
}
