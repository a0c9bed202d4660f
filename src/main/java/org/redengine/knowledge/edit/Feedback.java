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
        // in a group, the latest answer to this member (a member rates what they asked, not someone else's answer)
        for (MessageHistory.Stored answer : history.recent(conversation, "answer", 50)) {
            if (rateable(answer, conversation, userId) == Rating.RATED) {
                ratings.rate(answer.conversation(), answer.seq(), userId, entry(answer), useful);
                return true;
            }
        }
        return false;
    }

    /** What became of a rating. */
    public enum Rating { RATED, NOT_FOUND, NOT_YOURS }

    /** Rates one message: only an answer of that conversation, and in a group only an answer to this member. */
    public Rating rate(ConversationKey conversation, long seq, String userId, boolean useful) {
        MessageHistory.Stored answer = history.get(conversation, seq);
        Rating r = rateable(answer, conversation, userId);
        if (r == Rating.RATED) ratings.rate(answer.conversation(), answer.seq(), userId, entry(answer), useful);
        return r;
    }

    private static Rating rateable(MessageHistory.Stored answer, ConversationKey conversation, String userId) {
        if (answer == null || !answer.type().equals("answer")) return Rating.NOT_FOUND;
        if (conversation.kind() == ConversationKey.Kind.DIRECT) return Rating.RATED; // a private chat's answers are all theirs
        String to = MessageHistory.answeredUser(answer);
        return userId.equals(to) ? Rating.RATED : Rating.NOT_YOURS;
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
