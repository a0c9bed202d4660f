package org.redengine.study;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestClock;
import org.redengine.checkin.CheckIns;
import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.Incoming;
import org.redengine.conversation.Outbound;
import org.redengine.history.MessageHistory;
import org.redengine.history.StoredConversationLog;
import org.redengine.knowledge.Answer;
import org.redengine.people.GroupZones;
import org.redengine.quiz.PointsLedger;
import org.redengine.quiz.QuizBanks;
import org.redengine.report.GroupReport;
import org.redengine.report.Reports;
import org.redengine.storage.Database;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Check-ins, streaks and time zones, schedules that fire once, and month reports, on a clock the test moves. */
class StudyTest {

    @TempDir
    Path tmp;
    // Monday 2026-11-23, 07:30 in Shanghai
    final TestClock clock = new TestClock("2026-11-22T23:30:00Z");
    Database db;
    GroupZones zones;
    CheckIns checkIns;
    StudyPlans plans;
    MessageHistory history;
    Outbound outbound;
    QuizBanks banks;
    Reports reports;
    final Function<String, Answer> knowledge = q -> q.contains("遵义")
            ? new Answer(true, "1935年1月，中共中央政治局在贵州遵义召开扩大会议。", List.of(new Answer.Citation("遵义会议", "党史百问", "", "faq")), 0.9, List.of(), List.of(), Answer.Explanation.EMPTY)
            : new Answer(false, "", List.of(), 0.1, List.of(), List.of(), Answer.Explanation.EMPTY);

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(null, tmp.resolve("data"));
        zones = new GroupZones(db, clock);
        PointsLedger ledger = new PointsLedger(db, ZoneId.of("Asia/Shanghai"), PointsLedger.DEFAULT_RULES);
        checkIns = new CheckIns(db, zones, ledger, clock);
        plans = new StudyPlans(db);
        StoredConversationLog log = new StoredConversationLog(db, clock);
        outbound = new Outbound(log);
        history = new MessageHistory(db);
        Path dir = Files.createDirectories(tmp.resolve("quizzes"));
        StringBuilder csv = new StringBuilder("题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析\n");
        csv.append("单选,遵义会议在哪一年召开？,1921年,1935年,1949年,,,,B,遵义会议于1935年1月召开。\n");
        csv.append("判断,遵义会议确立了毛泽东在党中央和红军的领导地位。,,,,,,,对,遵义会议事实上确立了毛泽东的领导地位。\n");
        for (int i = 1; i <= 5; i++) csv.append("单选,其他题").append(i).append("：选甲,甲,乙,,,,,A,答案是甲。\n");
        Files.writeString(dir.resolve("题库.csv"), csv, StandardCharsets.UTF_8);
        banks = new QuizBanks(dir);
        banks.reload();
        reports = new Reports(new org.redengine.people.PeopleStore(db), zones, checkIns,
                new org.redengine.quiz.PersonalQuiz(db, banks, ledger, clock, new java.util.Random(1)),
                new org.redengine.quiz.Contests(db, banks, ledger, outbound, clock, new java.util.Random(1)), ledger, plans);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Incoming msg(String group, String user, String text) {
        return new Incoming("web", user, "成员" + user, group, text, false, null, clock.instant());
    }

    private StudyScheduler scheduler() {
        return new StudyScheduler(plans, zones, checkIns, knowledge, banks, outbound, clock);
    }

    private List<String> posts(String group) {
        return history.after(ConversationKey.group("web", group), 0, 100).stream().map(MessageHistory.Stored::text).toList();
    }

    @Test
    void aCheckInCountsOncePerLocalDayAndStreaksFollowTheGroupsClock() {
        CheckIns.Result first = checkIns.checkIn(msg("g1", "a", "打卡"), "今天学习了遵义会议");
        assertThat(first.first()).isTrue();
        assertThat(first.streak()).isEqualTo(1);
        assertThat(first.points()).isEqualTo(5);
        CheckIns.Result again = checkIns.checkIn(msg("g1", "a", "打卡"), "");
        assertThat(again.first()).isFalse();
        assertThat(again.points()).isZero();
        assertThat(again.total()).isEqualTo(1);

        // 16:30 UTC is already the next day in Shanghai (00:30): a new day, the streak goes on
        clock.set("2026-11-23T16:30:00Z");
        assertThat(checkIns.checkIn(msg("g1", "a", "打卡"), "").streak()).isEqualTo(2);
        clock.advance(Duration.ofDays(1));
        assertThat(checkIns.checkIn(msg("g1", "a", "打卡"), "").streak()).isEqualTo(3);
        // a day missed breaks it
        clock.advance(Duration.ofDays(2));
        CheckIns.Result broken = checkIns.checkIn(msg("g1", "a", "打卡"), "");
        assertThat(broken.streak()).isEqualTo(1);
        assertThat(broken.total()).isEqualTo(4);

        CheckIns.Mine mine = checkIns.mine("web", "g1", "a");
        assertThat(mine.today()).isTrue();
        assertThat(mine.lastNotes()).containsExactly("2026-11-23 今天学习了遵义会议");

        // a group in New York: 16:30 UTC on the 27th is still the 27th there, and the 26th at 23:00 UTC was the 26th
        zones.setZone("web", "ny", ZoneId.of("America/New_York"), clock.millis());
        clock.set("2026-11-27T03:00:00Z"); // 22:00 on the 26th in New York
        checkIns.checkIn(msg("ny", "b", "打卡"), "");
        clock.set("2026-11-27T16:30:00Z"); // 11:30 on the 27th
        CheckIns.Result ny = checkIns.checkIn(msg("ny", "b", "打卡"), "");
        assertThat(ny.first()).isTrue();
        assertThat(ny.streak()).isEqualTo(2);
    }

    @Test
    void weekStatsListWhoHasAndHasNotCheckedIn() {
        for (String u : List.of("a", "b", "c")) checkIns.checkIn(msg("g1", u, "打卡"), "");
        new StoredConversationLog(db, clock).record(msg("g1", "d", "大家好"), List.of()); // a member who only talked
        clock.advance(Duration.ofDays(1));
        checkIns.checkIn(msg("g1", "a", "打卡"), "");
        CheckIns.WeekStats w = checkIns.week("web", "g1");
        assertThat(w.members()).isEqualTo(4);
        assertThat(w.checkedIn()).extracting(CheckIns.Person::userId).containsExactly("a", "b", "c");
        assertThat(w.checkedIn().get(0).value()).isEqualTo(2);
        assertThat(w.notThisWeek()).extracting(CheckIns.Person::userId).containsExactly("d");
        assertThat(w.notToday()).extracting(CheckIns.Person::userId).containsExactly("b", "c", "d");
        assertThat(w.streakLeaders().get(0).userId()).isEqualTo("a");
        assertThat(w.rate()).isEqualTo(0.75);
    }

    private void weeklyPlanAndSchedule() {
        StudyPlan plan = new StudyPlan("测试计划", List.of(new StudyPlan.Phase("第一阶段", List.of(
                new StudyPlan.Topic("遵义会议", LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-29"), List.of("遵义会议")),
                new StudyPlan.Topic("红军长征", LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-31"), List.of())))));
        plans.savePlan("web", "g1", plan, "admin", clock.millis());
        plans.saveSchedule(new Schedule("web", "g1", Schedule.Kind.STUDY, EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(8, 0), true, 0, clock.millis()));
    }

    @Test
    void theWeeklyPostFiresOnceWithTopicReadingAndMiniQuiz() {
        weeklyPlanAndSchedule();
        assertThat(scheduler().tick()).isZero(); // 07:30: not yet
        clock.advance(Duration.ofMinutes(31)); // 08:01
        assertThat(scheduler().tick()).isEqualTo(1);
        assertThat(scheduler().tick()).isZero();
        assertThat(new StudyScheduler(plans, zones, checkIns, knowledge, banks, outbound, clock).tick()).isZero(); // after a restart
        List<String> posts = posts("g1");
        assertThat(posts).hasSize(1);
        String post = posts.get(0);
        assertThat(post).contains("【本周学习】测试计划").contains("专题 1/2：遵义会议").contains("1935年1月")
                .contains("——来源：《遵义会议》").contains("📝 小测验").contains("1. （").contains("3. （").contains("参考答案")
                .doesNotContain("补发");
        // both questions about the topic are among the three
        assertThat(post).contains("遵义会议在哪一年召开？").contains("遵义会议确立了毛泽东");
        assertThat(reports.report("web", "g1", LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30")).studiesHeld()).isEqualTo(1);
    }

    @Test
    void afterDowntimeOnlyTheLatestMissedPostIsMadeAndMarkedLate() {
        weeklyPlanAndSchedule();
        clock.advance(Duration.ofDays(14).plusHours(3)); // two more Mondays passed while the server was down
        assertThat(scheduler().tick()).isEqualTo(1);
        assertThat(scheduler().tick()).isZero();
        List<String> posts = posts("g1");
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0)).startsWith("（补发：原定周一 08:00的学习推送）").contains("红军长征");
    }

    @Test
    void aScheduleSetAfterItsTimeDoesNotFireForThePastAndRemindersNameWhoIsMissing() {
        clock.set("2026-11-23T13:00:00Z"); // 21:00 in Shanghai
        for (String u : List.of("a", "b")) new StoredConversationLog(db, clock).record(msg("g1", u, "大家好"), List.of());
        checkIns.checkIn(msg("g1", "a", "打卡"), "");
        plans.saveSchedule(new Schedule("web", "g1", Schedule.Kind.REMINDER, EnumSet.allOf(DayOfWeek.class), LocalTime.of(20, 0), true, 0, clock.millis()));
        assertThat(scheduler().tick()).isZero(); // 20:00 today was before the reminder was set
        clock.advance(Duration.ofDays(1)); // 21:00 the next day
        assertThat(scheduler().tick()).isEqualTo(1);
        String reminder = posts("g1").get(0);
        assertThat(reminder).contains("打卡提醒").contains("@成员a").contains("@成员b").contains("2 位");
        // yesterday's reminder is not posted the day after
        clock.advance(Duration.ofHours(12)); // 09:00 the day after
        assertThat(scheduler().tick()).isZero();
        assertThat(posts("g1")).hasSize(1);
    }

    @Test
    void theMonthReportCountsStudiesCheckInsPeopleAndPoints() {
        for (String u : List.of("a", "b")) checkIns.checkIn(msg("g1", u, "打卡"), "");
        new StoredConversationLog(db, clock).record(msg("g1", "c", "大家好"), List.of());
        clock.advance(Duration.ofDays(1));
        checkIns.checkIn(msg("g1", "a", "打卡"), "");
        GroupReport r = reports.report("web", "g1", LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"));
        assertThat(r.members()).isEqualTo(3);
        assertThat(r.checkIns()).isEqualTo(3);
        assertThat(r.participants()).isEqualTo(2);
        assertThat(r.points()).isEqualTo(15);
        assertThat(r.days()).hasSize(30);
        assertThat(r.days().get(22).checkIns()).isEqualTo(2); // the 23rd
        assertThat(r.days().get(23).checkIns()).isEqualTo(1);
        assertThat(r.people()).filteredOn(p -> p.userId().equals("a")).first().extracting(GroupReport.Member::checkInDays).isEqualTo(2);
        assertThat(reports.report("web", "g1", LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31")).checkIns()).isZero();
    }
}
