package org.redengine.quiz;

import org.redengine.conversation.CommandRegistry;
import org.redengine.conversation.Interceptor;
import org.redengine.conversation.Outbound;
import org.redengine.core.Module;
import org.redengine.core.Timers;
import org.redengine.storage.Database;
import org.redengine.storage.Leadership;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Live group contests (知识竞赛): 发起竞赛, 结束竞赛 and 竞赛结果; in a group with an open question, members' answers
 * go to the contest; a timer moves contests on, run by one node at a time.
 */
public final class ContestModule implements Module {

    public static final String MIGRATIONS = "classpath:db/migration/contest";

    private final Contests contests;
    private final Leadership timer;
    private final QuizApi api;

    public ContestModule(Database db, QuizModule quiz, Outbound outbound, Clock clock) {
        this.contests = new Contests(db, quiz.banks(), quiz.ledger(), outbound, clock, new SecureRandom());
        this.timer = new Leadership(db, "contest timer");
        this.api = new QuizApi(quiz.banks(), contests, outbound);
    }

    public Contests contests() {
        return contests;
    }

    @Override
    public void commands(CommandRegistry commands) {
        commands.register(ContestCommands.start(contests))
                .register(ContestCommands.stop(contests))
                .register(ContestCommands.result(contests));
    }

    @Override
    public void routes(org.redengine.server.Routes routes) {
        // banks are shared by every group: organizers see them and add new ones; contests are per group
        routes.organizer("GET", "/quiz/banks", api::list)
                .organizer("GET", "/quiz/bank", api::questions)
                .organizerUpload("POST", "/quiz/banks", api::upload)
                .organizer("POST", "/contests", QuizApi.forGroup(api::startContest))
                .organizer("POST", "/contests/stop", QuizApi.forGroup(api::stopContest));
    }

    @Override
    public void interceptors(List<Interceptor> interceptors) {
        interceptors.add((message, role) -> message.isGroup() ? contests.answer(message) : null);
    }

    @Override
    public void timers(Timers timers) {
        // with several nodes, one drives every contest's timer; another takes over within a tick if it dies
        timers.every("contest timer", Duration.ofMillis(250), Duration.ofMillis(250), () -> {
            if (timer.lead()) contests.tick();
        });
    }

    @Override
    public void close() {
        timer.close();
    }
}
