package org.redengine.report;

import org.redengine.checkin.CheckIns;
import org.redengine.people.GroupZones;
import org.redengine.people.PeopleStore;
import org.redengine.quiz.Contests;
import org.redengine.quiz.PersonalQuiz;
import org.redengine.quiz.PointsLedger;
import org.redengine.study.StudyPlans;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A group's report for a period, put together from what each feature says about the group: its members (people),
 * check-ins, quiz answers, contests, points and study posts. Reports own no tables; each feature answers for its own.
 */
public final class Reports {

    /** The longest period one report covers. */
    public static final int MAX_DAYS = 400;

    private final PeopleStore people;
    private final GroupZones zones;
    private final CheckIns checkIns;
    private final PersonalQuiz quiz;
    private final Contests contests;
    private final PointsLedger points;
    private final StudyPlans plans;

    public Reports(PeopleStore people, GroupZones zones, CheckIns checkIns, PersonalQuiz quiz, Contests contests,
                   PointsLedger points, StudyPlans plans) {
        this.people = people;
        this.zones = zones;
        this.checkIns = checkIns;
        this.quiz = quiz;
        this.contests = contests;
        this.points = points;
        this.plans = plans;
    }

    /** One member's figures while the report is added up. */
    private static final class Tally {
        int checkInDays, quizAnswers, quizRight, contestAnswers, contestRight, contestScore, points;
    }

    public GroupReport report(String channel, String groupId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) throw new IllegalArgumentException("结束日期早于开始日期");
        if (from.plusDays(MAX_DAYS).isBefore(to)) throw new IllegalArgumentException("一次最多统计 " + MAX_DAYS + " 天");
        ZoneId zone = zones.zoneOf(channel, groupId);
        long start = from.atStartOfDay(zone).toInstant().toEpochMilli();
        long end = to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli(); // exclusive
        Map<String, String> names = people.members(channel, groupId);

        CheckIns.Counts checked = checkIns.countsBetween(channel, groupId, from, to);
        PersonalQuiz.Activity quizzes = quiz.activity(channel, names.keySet(), start, end);
        Contests.Activity contested = contests.activity(channel, groupId, start, end);
        Set<String> everyone = new LinkedHashSet<>(names.keySet());
        everyone.addAll(checked.byMember().keySet());
        everyone.addAll(contested.byMember().keySet());
        Map<String, Integer> earned = points.totalsBetween(channel, everyone, from, to);

        Map<String, Tally> per = new LinkedHashMap<>();
        everyone.forEach(u -> per.put(u, new Tally()));
        checked.byMember().forEach((u, n) -> per.get(u).checkInDays = n);
        quizzes.byMember().forEach((u, a) -> {
            per.get(u).quizAnswers = a.answered();
            per.get(u).quizRight = a.right();
        });
        contested.byMember().forEach((u, a) -> {
            Tally t = per.get(u);
            t.contestAnswers = a.answered();
            t.contestRight = a.right();
            t.contestScore = a.score();
        });
        earned.forEach((u, p) -> per.get(u).points = p);

        TreeMap<LocalDate, int[]> days = new TreeMap<>(); // check-ins, quiz answers, contest answers
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) days.put(d, new int[3]);
        checked.byDay().forEach((d, n) -> count(days, d, 0, n));
        quizzes.times().forEach(t -> count(days, Instant.ofEpochMilli(t).atZone(zone).toLocalDate(), 1, 1));
        contested.answerTimes().forEach(t -> count(days, Instant.ofEpochMilli(t).atZone(zone).toLocalDate(), 2, 1));

        List<GroupReport.Member> members = new ArrayList<>();
        int quizAnswers = 0, contestAnswers = 0, right = 0, pointsTotal = 0;
        for (Map.Entry<String, Tally> e : per.entrySet()) {
            Tally t = e.getValue();
            // people who took part but are not (or no longer) listed as members still count
            members.add(new GroupReport.Member(e.getKey(), names.getOrDefault(e.getKey(), ""), t.checkInDays, t.quizAnswers,
                    t.quizRight, t.contestAnswers, t.contestRight, t.contestScore, t.points));
            quizAnswers += t.quizAnswers;
            contestAnswers += t.contestAnswers;
            right += t.quizRight + t.contestRight;
            pointsTotal += t.points;
        }
        List<GroupReport.Day> dayList = new ArrayList<>();
        days.forEach((d, v) -> dayList.add(new GroupReport.Day(d, v[0], v[1], v[2])));
        List<GroupReport.Contest> held = contested.contests().stream().map(c -> new GroupReport.Contest(c.id(), c.bank(),
                c.startedAt(), c.status(), c.questions(), c.players(), c.accuracy())).toList();
        int participants = (int) members.stream().filter(GroupReport.Member::tookPart).count();
        int answers = quizAnswers + contestAnswers;
        return new GroupReport(channel, groupId, people.groupName(channel, groupId), from, to, names.size(),
                plans.studiesHeld(channel, groupId, from, to), held.size(), checked.total(), participants, quizAnswers,
                contestAnswers, answers == 0 ? 0 : (double) right / answers, pointsTotal, dayList, members, held);
    }

    private static void count(TreeMap<LocalDate, int[]> days, LocalDate day, int which, int n) {
        int[] d = days.get(day);
        if (d != null) d[which] += n;
    }
}
