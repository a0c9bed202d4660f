package org.redengine.channels.wechat;

import java.util.Map;

/**
 * The custom-menu buttons of the Official Account: a CLICK event's EventKey becomes the command it stands for.
 * Unknown keys show the help text. (The sample menu in the README uses these keys.)
 */
final class MenuKeys {

    static final Map<String, String> COMMANDS = Map.of(
            "HELP", "帮助",
            "ASK", "帮助",
            "QUIZ", "答题",
            "CHECKIN", "打卡",
            "MY_POINTS", "积分",
            "RANKING", "排行榜",
            "STUDY_PLAN", "学习计划");

    private MenuKeys() {
    }

    static String command(String eventKey) {
        return eventKey == null ? "帮助" : COMMANDS.getOrDefault(eventKey.strip(), "帮助");
    }
}
