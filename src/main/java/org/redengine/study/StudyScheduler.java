package org.redengine.study;

import org.redengine.checkin.CheckIns;
import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.Outbound;
import org.redengine.conversation.Reply;
import org.redengine.conversation.ReplyType;
import org.redengine.knowledge.Answer;
import org.redengine.people.GroupZones;
import org.redengine.quiz.Question;
import org.redengine.quiz.QuestionType;
import org.redengine.quiz.QuizBanks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Fires groups' schedules: each occurrence once (claimed in the database before it is posted), only the latest
 * missed one after downtime, and none from before a schedule was set. Driven by {@link #tick()} on the injected
 * clock, so tests move time instead of waiting.
 */
public final class StudyScheduler {

    private static final Logger log = LoggerFactory.getLogger(StudyScheduler.class);
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("M月d日");
    /** An occurrence this much overdue is marked "补发" (posted late) in its text. */
    static final long LATE_MILLIS = 10 * 60_000L;

    private final StudyPlans plans;
    private final GroupZones zones;
    private final CheckIns checkIns;
    private final Function<String, Answer> knowledge;
    private final QuizBanks banks;
    private final Outbound outbound;
    private final Clock clock;

    public StudyScheduler(StudyPlans plans, GroupZones zones, CheckIns checkIns, Function<String, Answer> knowledge,
                          QuizBanks banks, Outbound outbound, Clock clock) {
        this.plans = plans;
        this.zones = zones;
        this.checkIns = checkIns;
        this.knowledge = knowledge;
        this.banks = banks;
        this.outbound = outbound;
        this.clock = clock;
    }

    /** Posts whatever is due now; returns how many posts were made. */
    public int tick() {
        int posted = 0;
        long now = clock.millis();
        for (Schedule s : plans.schedules(null, null)) {
            try {
                if (fire(s, now)) posted++;
            } catch (RuntimeException e) {
                log.warn("schedule {} of group {} failed", s.kind().id(), s.groupId(), e);
            }
        }
        return posted;
    }

    private boolean fire(Schedule s, long now) {
        ZoneId zone = zones.zoneOf(s.channel(), s.groupId());
        ZonedDateTime occurrence = s.latestOccurrence(now, zone);
        if (occurrence == null) return false;
        long at = occurrence.toInstant().toEpochMilli();
        if (at <= s.lastFired() || at < s.updatedAt()) return false; // fired already, or due before it was set
        LocalDate day = occurrence.toLocalDate();
        LocalDate today = java.time.Instant.ofEpochMilli(now).atZone(zone).toLocalDate();
        StudyPlan plan = s.kind() == Schedule.Kind.STUDY ? plans.plan(s.channel(), s.groupId()) : null;
        StudyPlan.Placed placed = plan == null ? null : plan.topicOn(today);
        if (!plans.claim(s, at, day.toString(), placed == null ? "" : placed.topic().title(), now)) return false;
        String text = switch (s.kind()) {
            case STUDY -> placed == null ? null : studyPost(plan, placed, s.groupId() + ":" + day);
            // yesterday's reminder is of no use today: claimed, so it is not tried again, but not posted
            case REMINDER -> day.equals(today) ? reminder(s) : null;
        };
        if (text == null) {
            log.info("schedule {} of group {} due {}: nothing to post", s.kind().id(), s.groupId(), occurrence);
            return false;
        }
        if (now - at > LATE_MILLIS) {
            text = "（补发：原定" + Schedule.weekday(day.getDayOfWeek()) + " " + occurrence.toLocalTime() + "的" + s.kind().chinese() + "）\n" + text;
        }
        outbound.post(ConversationKey.group(s.channel(), s.groupId()), Reply.of(ReplyType.NOTICE, text));
        return true;
    }

    /** This week's topic, a short reading from the knowledge base with its source, and a 3-question mini quiz. */
    String studyPost(StudyPlan plan, StudyPlan.Placed placed, String seed) {
        StudyPlan.Topic t = placed.topic();
        StringBuilder sb = new StringBuilder("【本周学习】").append(plan.title())
                .append("\n").append(placed.phase().name()).append(" · 专题 ").append(placed.number()).append("/").append(placed.count())
                .append("：").append(t.title()).append("（").append(t.from().format(MONTH_DAY)).append("—").append(t.to().format(MONTH_DAY)).append("）");
        Answer reading = reading(t);
        if (reading != null) {
            Answer.Citation c = reading.citations().get(0);
            sb.append("\n\n📖 导读：").append(reading.text()).append("\n——来源：《").append(c.title()).append("》");
            if (c.source() != null && !c.source().isBlank() && !c.source().equals(c.title())) sb.append("（").append(c.source()).append("）");
        }
        List<Question> quiz = miniQuiz(t, seed);
        if (!quiz.isEmpty()) {
            sb.append("\n\n📝 小测验：");
            for (int i = 0; i < quiz.size(); i++) {
                sb.append("\n").append(i + 1).append(". （").append(quiz.get(i).type().chinese()).append("）")
                        .append(quiz.get(i).stemWithOptions());
            }
            sb.append("\n参考答案：");
            for (int i = 0; i < quiz.size(); i++) sb.append(i == 0 ? "" : "  ").append(i + 1).append(". ").append(answerShort(quiz.get(i)));
        }
        sb.append("\n\n学完请在群里发送“打卡 学习心得”记录学习；私聊发送“答题”每日练习。");
        return sb.toString();
    }

    private Answer reading(StudyPlan.Topic t) {
        List<String> queries = new ArrayList<>(t.readings());
        queries.add(t.title());
        for (String q : queries) {
            Answer a = knowledge.apply(q);
            if (a != null && a.confident() && !a.citations().isEmpty()) return a;
        }
        return null;
    }

    /** Three questions about the topic when the banks have them (by its words), else any; the same for the same seed. */
    List<Question> miniQuiz(StudyPlan.Topic t, String seed) {
        List<String> words = topicWords(t);
        List<Question> all = banks.banks().values().stream().flatMap(b -> b.questions().stream())
                .sorted(Comparator.comparing(QuizBanks::key)).toList();
        Random random = new Random(seed.hashCode());
        List<Question> matching = new ArrayList<>(all.stream()
                .filter(q -> words.stream().anyMatch(w -> q.stem().contains(w) || q.explanation().contains(w))).toList());
        java.util.Collections.shuffle(matching, random);
        List<Question> out = new ArrayList<>(matching.subList(0, Math.min(3, matching.size())));
        if (out.size() < 3) {
            List<Question> rest = new ArrayList<>(all);
            rest.removeAll(out);
            java.util.Collections.shuffle(rest, random);
            out.addAll(rest.subList(0, Math.min(3 - out.size(), rest.size())));
        }
        return out;
    }

    /** Words of the topic title and readings of two or more characters, split at punctuation and 与/和/及. */
    static List<String> topicWords(StudyPlan.Topic t) {
        List<String> sources = new ArrayList<>(t.readings());
        sources.add(t.title());
        return sources.stream().flatMap(s -> java.util.Arrays.stream(s.split("[\\p{Punct}\\s，。、：；“”《》（）与和及的]+")))
                .map(String::strip).filter(w -> w.length() >= 2).distinct().collect(Collectors.toList());
    }

    private static String answerShort(Question q) {
        return q.type() == QuestionType.SINGLE || q.type() == QuestionType.MULTIPLE ? q.answer() : q.answerText();
    }

    /** Names the members who have not checked in today. */
    String reminder(Schedule s) {
        List<CheckIns.Person> missing = checkIns.notCheckedInToday(s.channel(), s.groupId());
        if (missing.isEmpty()) return null; // everyone has: no need to post
        String names = missing.stream().limit(50).map(p -> "@" + p.display()).collect(Collectors.joining(" "));
        if (missing.size() > 50) names += " 等 " + missing.size() + " 人";
        return "⏰ 打卡提醒：今天还没打卡的同志有 " + missing.size() + " 位：" + names + "\n学习后发送“打卡 学习心得”即可。";
    }
}
