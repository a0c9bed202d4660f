package org.redengine.quiz;

import org.redengine.conversation.CommandRegistry;
import org.redengine.conversation.Interceptor;
import org.redengine.core.Module;
import org.redengine.storage.Database;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * Practising alone and points: the daily quiz, wrong-answer review and the challenge (答题, 错题, 挑战答题, 结束答题),
 * the points ledger (积分) and group rankings (排行榜). In a private chat, an open quiz takes the member's answers.
 */
public final class QuizModule implements Module {

    public static final String MIGRATIONS = "classpath:db/migration/quiz";

    private final QuizBanks banks;
    private final PointsLedger ledger;
    private final PersonalQuiz quiz;
    private final Clock clock;

    public QuizModule(Database db, QuizBanks banks, String pointsRules, Clock clock) {
        this.banks = banks;
        this.clock = clock;
        this.ledger = new PointsLedger(db, ZoneId.of("Asia/Shanghai"), PointsLedger.parseRules(pointsRules));
        this.quiz = new PersonalQuiz(db, banks, ledger, clock, new SecureRandom());
    }

    public QuizBanks banks() {
        return banks;
    }

    public PointsLedger ledger() {
        return ledger;
    }

    public PersonalQuiz quiz() {
        return quiz;
    }

    @Override
    public void commands(CommandRegistry commands) {
        commands.register(QuizCommands.start(quiz, PersonalQuiz.Kind.QUIZ))
                .register(QuizCommands.start(quiz, PersonalQuiz.Kind.REVIEW))
                .register(QuizCommands.start(quiz, PersonalQuiz.Kind.CHALLENGE))
                .register(QuizCommands.stop(quiz))
                .register(QuizCommands.points(ledger, clock))
                .register(QuizCommands.ranking(ledger, clock));
    }

    @Override
    public void interceptors(List<Interceptor> interceptors) {
        interceptors.add((message, role) -> message.isGroup() ? null : quiz.answer(message));
    }
}
