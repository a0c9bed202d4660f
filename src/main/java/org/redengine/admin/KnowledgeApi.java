package org.redengine.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redengine.knowledge.Answer;
import org.redengine.knowledge.KnowledgeEntry;
import org.redengine.knowledge.KnowledgeService;
import org.redengine.knowledge.TextNormalizer;
import org.redengine.core.ConsoleUser;
import org.redengine.knowledge.edit.FaqRow;
import org.redengine.knowledge.edit.KnowledgeCommands;
import org.redengine.knowledge.edit.KnowledgeEditor;
import org.redengine.knowledge.edit.Ratings;
import org.redengine.knowledge.edit.Unanswered;
import org.redengine.server.Request;
import org.redengine.server.Response;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The knowledge base for admins: list and search entries (with members' ratings), add, edit and delete FAQ
 * entries and files, upload documents, see and roll back versions, the questions the bot could not answer, and
 * "how would the bot answer?".
 */
public final class KnowledgeApi {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(KnowledgeApi.class);

    static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

    private final KnowledgeService knowledge;
    private final KnowledgeEditor editor;
    private final Unanswered unanswered;
    private final Ratings ratings;
    private final ObjectMapper json = new ObjectMapper();

    public KnowledgeApi(KnowledgeService knowledge, KnowledgeEditor editor, Unanswered unanswered, Ratings ratings) {
        this.knowledge = knowledge;
        this.editor = editor;
        this.unanswered = unanswered;
        this.ratings = ratings;
    }

    /**
     * GET /api/admin/knowledge/entries?q=&offset=&limit=: every entry (an organizer sees the shared ones too, so as
     * not to add them twice), each saying whether the caller may edit it.
     */
    public Response entries(Request request, ConsoleUser user) {
        String q = request.queryParam("q") == null ? "" : TextNormalizer.normalize(request.queryParam("q")).strip();
        int offset = intParam(request, "offset", 0), limit = Math.min(intParam(request, "limit", 50), 500);
        Map<String, Ratings.Tally> tallies = ratings.tallies();
        List<Map<String, Object>> all = new ArrayList<>();
        java.util.Set<String> articleFiles = new java.util.HashSet<>();
        // rows as the files hold them: an edit must start from what the admin wrote, not from the indexed text
        Map<String, Map<String, FaqRow>> written = new java.util.HashMap<>();
        for (KnowledgeEntry e : knowledge.current().base().entries()) {
            if (e.isFaq()) {
                if (!q.isEmpty() && !(TextNormalizer.normalize(e.title()).contains(q) || TextNormalizer.normalize(e.body()).contains(q))) continue;
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("kind", "faq");
                o.put("file", e.file());
                o.put("question", e.title());
                FaqRow raw = written.computeIfAbsent(e.file(), f -> {
                    Map<String, FaqRow> byQuestion = new java.util.HashMap<>();
                    editor.faqRows(f).forEach(r -> byQuestion.putIfAbsent(r.question(), r));
                    return byQuestion;
                }).get(e.title());
                o.put("answer", raw != null ? raw.answer() : e.body());
                o.put("source", e.source());
                o.put("tags", e.tags());
                o.put("scope", e.scope() == null ? "" : e.scope()); // the one group it answers in; "" for every chat
                o.put("editable", user.admin() || (e.scope() != null && user.managesScope(e.scope())));
                o.put("ratings", tally(tallies.get(e.title())));
                all.add(o);
            } else if (articleFiles.add(e.file())) {
                String title = e.title().contains(" · ") ? e.title().substring(0, e.title().indexOf(" · ")) : e.title();
                if (!q.isEmpty() && !TextNormalizer.normalize(title).contains(q) && !e.file().contains(q)) {
                    articleFiles.remove(e.file());
                    continue;
                }
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("kind", "article");
                o.put("file", e.file());
                o.put("title", title);
                o.put("source", e.source());
                o.put("editable", user.admin());
                o.put("ratings", articleTally(tallies, title));
                all.add(o);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", all.size());
        out.put("entries", all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)));
        return Response.json(200, out);
    }

    /** An article's answers are cited by title or "title · section": its ratings are all of those. */
    private static Map<String, Integer> articleTally(Map<String, Ratings.Tally> tallies, String title) {
        int useful = 0, notUseful = 0;
        for (Map.Entry<String, Ratings.Tally> t : tallies.entrySet()) {
            if (t.getKey().equals(title) || t.getKey().startsWith(title + " · ")) {
                useful += t.getValue().useful();
                notUseful += t.getValue().notUseful();
            }
        }
        return Map.of("useful", useful, "notUseful", notUseful);
    }

    private static Map<String, Integer> tally(Ratings.Tally t) {
        return Map.of("useful", t == null ? 0 : t.useful(), "notUseful", t == null ? 0 : t.notUseful());
    }

    /**
     * POST (add), PUT (edit: "question" is the one to change, "entry" the new row) or DELETE /api/admin/knowledge/faq.
     * An organizer works only on entries scoped to their own groups; theirs go to the group's own file.
     */
    public Response faq(Request request, ConsoleUser user) {
        return edit(request, () -> {
            JsonNode body = body(request);
            String file = text(body, "file");
            String who = user.who();
            if (!user.admin()) {
                FaqRow next = request.method().equals("DELETE") ? null : row(request.method().equals("POST") ? body : body.path("entry"));
                if (next != null && !user.managesScope(next.scope())) {
                    throw new KnowledgeEditor.EditException(403, "组织者添加的问答只能用于自己管理的群：请选择使用范围");
                }
                if (request.method().equals("POST")) {
                    String[] scope = next.scope().split(":", 2);
                    file = KnowledgeCommands.groupFile(scope[0], scope[1]);
                } else {
                    String question = text(body, "question");
                    FaqRow existing = file == null ? null : editor.faqRows(file).stream()
                            .filter(r -> r.question().equals(question)).findFirst().orElse(null);
                    if (existing == null || !user.managesScope(existing.scope())) {
                        throw new KnowledgeEditor.EditException(403, "这条问答是所有群共用的或属于别的群，只有管理员可以修改");
                    }
                }
            }
            return switch (request.method()) {
                case "POST" -> editor.addFaq(file, row(body), who);
                case "PUT" -> editor.editFaq(file, text(body, "question"), row(body.path("entry")), who);
                default -> editor.deleteFaq(file, text(body, "question"), who);
            };
        });
    }

    /** GET, PUT (body: the text) or DELETE /api/admin/knowledge/file?file=articles/NAME.md */
    public Response file(Request request) {
        String file = request.queryParam("file");
        if (request.method().equals("GET")) {
            try {
                return Response.json(200, Map.of("file", file == null ? "" : file, "text", editor.read(file)));
            } catch (KnowledgeEditor.EditException e) {
                return Response.error(e.status(), e.getMessage());
            }
        }
        return edit(request, () -> request.method().equals("PUT")
                ? editor.putArticle(file, new String(request.body(), StandardCharsets.UTF_8), who(request))
                : editor.deleteFile(file, who(request)));
    }

    /** POST /api/admin/knowledge/upload?name=FILE.docx (body: the file) */
    public Response upload(Request request) {
        String name = request.queryParam("name");
        if (name == null || name.isBlank()) return Response.error(400, "缺少参数 name（文件名，如 学习材料.docx）");
        if (request.body().length == 0) return Response.error(400, "请求体是空的");
        if (request.body().length > MAX_UPLOAD_BYTES) return Response.error(413, "文件太大（最多 20 MB）");
        return edit(request, () -> editor.upload(name, request.body(), who(request)));
    }

    /** POST /api/admin/knowledge/rollback {"id":N} */
    public Response rollback(Request request) {
        return edit(request, () -> {
            JsonNode id = body(request).get("id");
            if (id == null || !id.canConvertToLong()) throw new KnowledgeEditor.EditException(400, "需要版本号 id");
            return editor.rollback(id.asLong(), who(request));
        });
    }

    /** GET /api/admin/knowledge/versions?file=&limit= */
    public Response versions(Request request) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (KnowledgeEditor.Change c : editor.history(request.queryParam("file"), Math.min(intParam(request, "limit", 100), 1000))) {
            out.add(change(c));
        }
        return Response.json(200, Map.of("versions", out));
    }

    /** GET /api/admin/knowledge/unanswered?limit= */
    public Response unanswered(Request request) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Unanswered.Group g : unanswered.groups(Math.min(intParam(request, "limit", 50), 500))) {
            List<Map<String, Object>> qs = new ArrayList<>();
            for (Unanswered.Question q : g.questions()) {
                qs.add(Map.of("question", q.asked(), "times", q.times(), "confidence", q.confidence(),
                        "lastAsked", Instant.ofEpochMilli(q.lastAt()).toString(), "key", q.question()));
            }
            out.add(Map.of("question", g.representative(), "times", g.times(), "confidence", g.confidence(), "questions", qs));
        }
        return Response.json(200, Map.of("groups", out));
    }

    /** POST /api/admin/knowledge/unanswered/resolve {"keys":[…]}: answered now, off the list until asked again. */
    public Response resolve(Request request) {
        try {
            List<String> keys = new ArrayList<>();
            body(request).path("keys").forEach(k -> keys.add(k.asText()));
            unanswered.resolve(keys);
            return Response.json(200, Map.of("resolved", keys.size()));
        } catch (KnowledgeEditor.EditException e) {
            return Response.error(e.status(), e.getMessage());
        }
    }

    /** GET /api/admin/knowledge/explain?q=…: how the bot would answer, the ranked candidates and why. */
    public Response explain(Request request) {
        String q = request.queryParam("q");
        if (q == null || q.isBlank()) return Response.error(400, "缺少参数 q（要试的问题）");
        // read as the chat reads it: a member's message pasted whole keeps its @-mention of the bot
        q = org.redengine.conversation.Conversation.withoutMention(q);
        if (q.isBlank()) return Response.error(400, "参数 q 只有 @ 机器人，没有问题");
        Answer a = knowledge.current().answerer().compute(q.length() > 200 ? q.substring(0, 200) : q);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("confident", a.confident());
        out.put("confidence", a.confidence());
        out.put("threshold", knowledge.current().answerer().threshold());
        out.put("answer", a.confident() ? a.textWithSourceNote() : "");
        out.put("terms", a.explanation().terms());
        out.put("kind", a.explanation().kind());
        out.put("anchors", a.explanation().anchors());
        out.put("semantic", a.explanation().semantic());
        out.put("route", a.explanation().route());
        out.put("suggestions", a.suggestions());
        List<Map<String, Object>> cs = new ArrayList<>();
        for (Answer.Candidate c : a.candidates()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("title", c.title());
            o.put("file", c.file());
            o.put("faq", c.faq());
            o.put("score", c.score());
            o.put("coverage", c.coverage());
            o.put("questionMatch", c.questionMatch());
            o.put("bm25", c.bm25());
            o.put("kindMatch", c.kindMatch());
            o.put("cosine", c.cosine());
            o.put("anchors", c.anchors());
            o.put("phaseConflict", c.phaseConflict());
            o.put("unstated", c.unstated());
            o.put("detailMissing", c.detailMissing());
            o.put("rowAsksOther", c.rowAsksOther());
            o.put("vetoed", c.vetoed());
            o.put("excerpt", c.excerpt());
            cs.add(o);
        }
        out.put("candidates", cs);
        return Response.json(200, out);
    }

    private Response edit(Request request, Supplier<KnowledgeEditor.Change> change) {
        try {
            long start = System.nanoTime();
            KnowledgeEditor.Change done = change.get();
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > 1_000) log.warn("knowledge edit took {} ms, of which the index {} ms", millis, done.reloadMillis());
            return Response.json(200, change(done));
        } catch (KnowledgeEditor.EditException e) {
            return Response.error(e.status(), e.getMessage());
        }
    }

    private static Map<String, Object> change(KnowledgeEditor.Change c) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", c.id());
        o.put("at", Instant.ofEpochMilli(c.at()).toString());
        o.put("who", c.who());
        o.put("action", c.action());
        o.put("file", c.file());
        o.put("summary", c.summary());
        o.put("rolledBackBy", c.rolledBackBy());
        if (c.reloadMillis() > 0) o.put("reloadMillis", c.reloadMillis());
        return o;
    }

    private JsonNode body(Request request) {
        try {
            JsonNode n = json.readTree(new String(request.body(), StandardCharsets.UTF_8));
            if (n == null || !n.isObject()) throw new KnowledgeEditor.EditException(400, "请求体必须是 JSON 对象");
            return n;
        } catch (KnowledgeEditor.EditException e) {
            throw e;
        } catch (Exception e) {
            throw new KnowledgeEditor.EditException(400, "请求体不是合法的 JSON");
        }
    }

    private static FaqRow row(JsonNode n) {
        List<String> tags = new ArrayList<>();
        n.path("tags").forEach(t -> tags.add(t.asText()));
        return new FaqRow(text(n, "question"), text(n, "answer"), text(n, "source"), tags,
                n.path("scope").isTextual() ? n.path("scope").asText() : "");
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String who(Request request) {
        return AdminSessions.session(request) != null && request.header("authorization") == null ? "console" : "admin-api";
    }

    private static int intParam(Request request, String name, int fallback) {
        try {
            return request.queryParam(name) == null ? fallback : Math.max(0, Integer.parseInt(request.queryParam(name)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
