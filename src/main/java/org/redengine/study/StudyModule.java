package org.redengine.study;

import org.redengine.admin.GroupAccess;
import org.redengine.admin.PlanApi;
import org.redengine.admin.ReportsApi;
import org.redengine.checkin.CheckInCommands;
import org.redengine.checkin.CheckIns;
import org.redengine.conversation.CommandRegistry;
import org.redengine.conversation.Outbound;
import org.redengine.core.Module;
import org.redengine.core.Timers;
import org.redengine.knowledge.KnowledgeService;
import org.redengine.people.PeopleModule;
import org.redengine.quiz.QuizModule;
import org.redengine.report.ReportCommand;
import org.redengine.report.Reports;
import org.redengine.server.Routes;
import org.redengine.storage.Database;

import java.time.Clock;
import java.time.Duration;

/**
 * Study in the groups: check-ins (打卡, 我的打卡, 打卡统计), study plans and their scheduled posts and reminders
 * (学习计划, 学习推送, 打卡提醒), and reports (学习报告, and the admin report and plan routes).
 */
public final class StudyModule implements Module {

    public static final String MIGRATIONS = "classpath:db/migration/study";

    private final CheckIns checkIns;
    private final StudyPlans plans;
    private final Reports reports;
    private final StudyScheduler scheduler;
    private final Clock clock;

    public StudyModule(Database db, PeopleModule people, QuizModule quiz, org.redengine.quiz.ContestModule contest,
                       KnowledgeService knowledge, Outbound outbound, Clock clock) {
        this.clock = clock;
        this.checkIns = new CheckIns(db, people.zones(), quiz.ledger(), clock);
        this.plans = new StudyPlans(db);
        this.reports = new Reports(people.people(), people.zones(), checkIns, quiz.quiz(), contest.contests(), quiz.ledger(), plans);
        this.scheduler = new StudyScheduler(plans, people.zones(), checkIns, knowledge::answer, quiz.banks(), outbound, clock);
    }

    public CheckIns checkIns() {
        return checkIns;
    }

    @Override
    public void commands(CommandRegistry commands) {
        commands.register(CheckInCommands.checkIn(checkIns))
                .register(CheckInCommands.mine(checkIns))
                .register(CheckInCommands.stats(checkIns))
                .register(StudyCommands.plan(plans, checkIns, clock))
                .register(StudyCommands.schedule(plans, Schedule.Kind.STUDY, clock))
                .register(StudyCommands.schedule(plans, Schedule.Kind.REMINDER, clock))
                .register(ReportCommand.create(reports, checkIns));
    }

    @Override
    public void routes(Routes routes) {
        ReportsApi reportsApi = new ReportsApi(reports);
        PlanApi planApi = new PlanApi(plans, clock);
        routes.organizer("GET", "/reports", GroupAccess.ofGroup(reportsApi::json))
                .organizer("GET", "/reports/export", GroupAccess.ofGroup(reportsApi::export))
                .organizer("GET", "/plan", GroupAccess.ofGroup(planApi::get))
                .organizerUpload("POST", "/plan", planApi::upload)
                .organizer("PUT", "/schedules", GroupAccess.ofGroup(planApi::schedule));
    }

    @Override
    public void timers(Timers timers) {
        timers.every("study schedules", Duration.ofSeconds(5), Duration.ofSeconds(15), scheduler::tick);
    }
}
