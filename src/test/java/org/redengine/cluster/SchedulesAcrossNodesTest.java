package org.redengine.cluster;

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
import org.redengine.storage.Database;
import org.redengine.storage.TestPostgres;
import org.redengine.study.Schedule;
import org.redengine.study.StudyPlans;
import org.redengine.study.StudyScheduler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Three nodes' schedulers on one PostgreSQL, ticking at the same moment: each reminder is posted exactly once. */
class SchedulesAcrossNodesTest {

    @TempDir
    Path tmp;

    @Test
    void aReminderFiresOnceWhateverNumberOfNodesTick() throws Exception {
        String url = TestPostgres.shared().createDatabase("schedules_nodes");
        TestClock clock = new TestClock("2026-11-23T11:00:00Z"); // 19:00 in Shanghai
        List<Database> dbs = new ArrayList<>();
        List<StudyScheduler> schedulers = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Database db = Database.open(url, tmp.resolve("d" + i));
                dbs.add(db);
                GroupZones zones = new GroupZones(db, clock);
                CheckIns checkIns = new CheckIns(db, zones, new PointsLedger(db, ZoneId.of("Asia/Shanghai"), PointsLedger.DEFAULT_RULES), clock);
                QuizBanks banks = new QuizBanks(Files.createDirectories(tmp.resolve("q" + i)));
                schedulers.add(new StudyScheduler(new StudyPlans(db), zones, checkIns,
                        q -> new Answer(false, "", List.of(), 0, List.of(), List.of(), Answer.Explanation.EMPTY), banks,
                        new Outbound(new StoredConversationLog(db, clock)), clock));
            }
            Database db = dbs.get(0);
            new StoredConversationLog(db, clock).record(new Incoming("web", "u1", "张三", "sg", "大家好", false, null, clock.instant()), List.of());
            new StudyPlans(db).saveSchedule(new Schedule("web", "sg", Schedule.Kind.REMINDER, EnumSet.allOf(DayOfWeek.class),
                    LocalTime.of(20, 0), true, 0, clock.millis()));
            ExecutorService pool = Executors.newFixedThreadPool(3);
            int posted = 0;
            for (int day = 0; day < 3; day++) {
                clock.advance(Duration.ofHours(day == 0 ? 1 : 24)); // 20:00 today, then the next two days
                clock.advance(Duration.ofMinutes(1));
                List<Future<Integer>> ticks = new ArrayList<>();
                for (StudyScheduler s : schedulers) ticks.add(pool.submit((Callable<Integer>) s::tick));
                for (Future<Integer> t : ticks) posted += t.get();
                clock.advance(Duration.ofMinutes(-1));
            }
            pool.shutdown();
            assertThat(posted).as("one post per day across three nodes").isEqualTo(3);
            assertThat(new MessageHistory(db).after(ConversationKey.group("web", "sg"), 0, 100)).hasSize(3)
                    .allMatch(m -> m.text().contains("@张三"));
        } finally {
            dbs.forEach(Database::close);
        }
    }
}
