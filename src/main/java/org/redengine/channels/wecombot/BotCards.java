package org.redengine.channels.wecombot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redengine.conversation.Choices;

import java.util.ArrayList;
import java.util.List;

/**
 * Options as WeCom template cards (card types: WeCom developer documentation 101032; taps: 101027): one to pick
 * as a {@code button_interaction} card with a button per option (its key, "A" or "对"; the options in full above
 * the buttons), several as a {@code vote_interaction} card with a multiple-choice checkbox and a submit button. The
 * card's {@code task_id} is the options' id, so a tap names the question it answers.
 */
final class BotCards {

    static final String QUESTION_KEY = "answer";

    private BotCards() {
    }

    static ObjectNode card(Choices choices) {
        ObjectNode card = BotFrames.JSON.createObjectNode();
        ObjectNode title = BotFrames.JSON.createObjectNode().put("title", choices.title())
                .put("desc", choices.multiple() ? "勾选全部正确选项后提交，只算第一次" : "点选项作答，只算第一次，越快分越高");
        StringBuilder text = new StringBuilder(choices.prompt());
        if (choices.multiple()) {
            card.put("card_type", "vote_interaction");
            card.set("main_title", title);
            card.put("task_id", choices.id());
            ObjectNode box = card.putObject("checkbox").put("question_key", QUESTION_KEY).put("mode", 1);
            ArrayNode list = box.putArray("option_list");
            for (Choices.Option o : choices.options()) list.addObject().put("id", o.key()).put("text", o.label());
            card.putObject("submit_button").put("text", "提交").put("key", "submit");
        } else {
            for (Choices.Option o : choices.options()) if (!o.key().equals(o.label())) text.append('\n').append(o.label());
            card.put("card_type", "button_interaction");
            card.set("main_title", title);
            card.put("sub_title_text", text.toString());
            card.put("task_id", choices.id());
            ArrayNode buttons = card.putArray("button_list");
            for (Choices.Option o : choices.options()) buttons.addObject().put("text", o.key()).put("style", 1).put("key", o.key());
        }
        return card;
    }

    /** The same card with a new line under its title (what a member sees after tapping). */
    static ObjectNode withStatus(ObjectNode card, String status) {
        ObjectNode updated = card.deepCopy();
        ((ObjectNode) updated.path("main_title")).put("desc", status);
        return updated;
    }

    /** What a tap picked: a button's key, or a vote card's selected option ids ("AC"), or null. */
    static String picked(JsonNode tap) {
        String key = tap.path("event_key").asText("");
        JsonNode items = tap.path("selected_items").path("selected_item");
        if (items.isArray() && !items.isEmpty()) {
            List<String> ids = new ArrayList<>();
            for (JsonNode item : items) item.path("option_ids").path("option_id").forEach(id -> ids.add(id.asText()));
            ids.sort(null);
            return ids.isEmpty() ? null : String.join("", ids);
        }
        return key.isEmpty() ? null : key;
    }
}
