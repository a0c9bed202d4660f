package org.redengine.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What a group did in a period: studies held, check-ins, who took part, quizzes and contests, accuracy and points,
 * per member and per day. Built by {@link Reports}; shown in chat, as JSON, CSV and Excel, and as charts.
 */
public record GroupReport(String channel, String groupId, String groupName, LocalDate from, LocalDate to, int members,
                          int studiesHeld, int contestsHeld, int checkIns, int participants, int quizAnswers,
                          int contestAnswers, double accuracy, int points, List<Day> days, List<Member> people,
                          List<Contest> contests) {

    public record Day(LocalDate day, int checkIns, int quizAnswers, int contestAnswers) {
    }

    public record Member(String userId, String name, int checkInDays, int quizAnswers, int quizCorrect,
                         int contestAnswers, int contestCorrect, int contestScore, int points) {
        public boolean tookPart() {
            return checkInDays + quizAnswers + contestAnswers > 0;
        }

        public String display() {
            return name == null || name.isBlank() ? "成员" : name; // never the raw id: it lets its browser in
        }
    }

    public record Contest(String id, String bank, long startedAt, org.redengine.quiz.Contests.Status status, int questions,
                          int players, double accuracy) {
    }

    /** How members read the group in chat: its name, or 本群 while it has none (never its raw id). */
    public String displayName() {
        return groupName == null || groupName.isBlank() ? "本群" : groupName;
    }

    /** How an exported file names the group: its name, or the id an admin can look up while it has none. */
    public String exportName() {
        return groupName == null || groupName.isBlank() ? "未命名的群（" + groupId + "）" : groupName;
    }

    public double participationRate() {
        return members == 0 ? 0 : (double) participants / members;
    }
}
