package org.redengine.conversation;

import java.util.List;

/**
 * Options a member may pick from instead of typing (a contest question's A–D, 对/错). Channels that can show
 * buttons render them (the WeCom robot as a template card whose taps come back as the member's answer, naming
 * this {@code id}); the others show the message's text, which lists the options too.
 *
 * @param id       identifies the question the options belong to (a tap names it, so a late tap on an old card is
 *                 never taken for the current question); letters, digits and {@code _-@}, at most 128 bytes
 * @param title    a short heading ("第2/10题 · 单选 · 20 秒")
 * @param prompt   the question itself
 * @param options  what to pick from, by key ("A") and label ("A. 1935年")
 * @param multiple whether several may be picked (多选)
 * @param lead     what the message says before the question (the verdict on the last answer), or ""; a channel
 *                 that shows the question as a card sends this first, as text
 */
public record Choices(String id, String title, String prompt, List<Option> options, boolean multiple, String lead) {

    public record Option(String key, String label) {
    }

    public Choices {
        options = List.copyOf(options);
        lead = lead == null ? "" : lead;
        if (id == null || !id.matches("[A-Za-z0-9_@-]{1,128}")) throw new IllegalArgumentException("bad choices id: " + id);
    }
}
