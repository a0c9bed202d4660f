package org.redengine.channels.wechat;

import java.util.Map;

/**
 * The custom-menu buttons of the Official Account: a CLICK event's EventKey becomes the command it stands for.
 * Unknown keys show the help text. (The sample menu in the README uses these keys.)
 */
final class MenuKeys {

    /** Only commands that work in a private chat: an Official Account has no groups (打卡, 排行榜 are group commands). */
    static final Map<String, String> COMMANDS = Map.of(
            "HELP", "帮助",
            "ASK", "帮助",
            "QUIZ", "答题",
            "REVIEW", "错题",
            "CHALLENGE", "挑战答题",
            "MY_POINTS", "积分");

    private MenuKeys() {
    }

    static String command(String eventKey) {
        return eventKey == null ? "帮助" : COMMANDS.getOrDefault(eventKey.strip(), "帮助");
    }
}
