package org.redengine.knowledge.edit;

import org.redengine.admin.KnowledgeApi;
import org.redengine.conversation.CommandRegistry;
import org.redengine.core.Module;
import org.redengine.core.Timers;
import org.redengine.history.MessageHistory;
import org.redengine.knowledge.KnowledgeService;
import org.redengine.server.Routes;
import org.redengine.storage.Database;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Keeping the knowledge base: the file-backed editor with versions, syncing edits between nodes, the questions the
 * bot could not answer, and members' ratings. Commands 添加问答, 有用, 没用; the admin knowledge routes.
 */
public final class KnowledgeModule implements Module {

    public static final String MIGRATIONS = "classpath:db/migration/knowledge";

    private final KnowledgeService knowledge;
    private final KnowledgeEditor editor;
    private final Unanswered unanswered;
    private final Ratings ratings;
    private final Feedback feedback;
    private final KnowledgeSync sync;
    private org.redengine.knowledge.Answers answers;

    public KnowledgeModule(Path dir, KnowledgeService knowledge, Database db, MessageHistory history, Clock clock) {
        this.knowledge = knowledge;
        this.editor = new KnowledgeEditor(dir, knowledge, db, clock);
        this.unanswered = new Unanswered(db, clock);
        this.ratings = new Ratings(db, clock);
        this.feedback = new Feedback(history, ratings);
        if (db.kind() == Database.Kind.POSTGRESQL) {
            // several nodes may share this database: edits made on any of them reach this node's files and index
            this.sync = new KnowledgeSync(dir, knowledge, db);
            sync.catchUp();
            editor.syncWith(sync);
        } else {
            this.sync = null;
        }
    }

    /** The answers chat commands give (observed by the metrics, low confidence noted for the admins' list). */
    public void answersFrom(org.redengine.knowledge.Answers answers) {
        this.answers = answers;
    }

    public Unanswered unanswered() {
        return unanswered;
    }

    public Feedback feedback() {
        return feedback;
    }

    @Override
    public void commands(CommandRegistry commands) {
        commands.register(KnowledgeCommands.addFaq(editor, (q, scope) -> answers.answer(q, scope)))
                .register(KnowledgeCommands.rate(feedback, true))
                .register(KnowledgeCommands.rate(feedback, false));
    }

    @Override
    public void routes(Routes routes) {
        KnowledgeApi kb = new KnowledgeApi(knowledge, editor, unanswered, ratings);
        routes.organizer("GET", "/knowledge/entries", kb::entries)
                .organizer("POST", "/knowledge/faq", kb::faq)
                .organizer("PUT", "/knowledge/faq", kb::faq)
                .organizer("DELETE", "/knowledge/faq", kb::faq)
                .admin("GET", "/knowledge/file", kb::file)
                .adminUpload("PUT", "/knowledge/file", kb::file)
                .admin("DELETE", "/knowledge/file", kb::file)
                .adminUpload("POST", "/knowledge/upload", kb::upload)
                .admin("GET", "/knowledge/versions", kb::versions)
                .admin("POST", "/knowledge/rollback", kb::rollback)
                .admin("GET", "/knowledge/unanswered", kb::unanswered)
                .admin("POST", "/knowledge/unanswered/resolve", kb::resolve)
                .organizer("GET", "/knowledge/explain", (r, u) -> kb.explain(r));
    }

    @Override
    public void timers(Timers timers) {
        // waits for its write, so a timer run has finished when it returns (tests run timers by hand)
        timers.every("unanswered questions", Duration.ofSeconds(2), Duration.ofSeconds(2), () -> unanswered.flush().join());
        if (sync != null) sync.start();
    }

    @Override
    public void close() {
        if (sync != null) sync.close();
        unanswered.flush(); // queued before the database closes, which drains its queue
    }
}
