package org.redengine.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redengine.admin.GroupAccess;
import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.Outbound;
import org.redengine.conversation.Reply;
import org.redengine.core.ConsoleUser;
import org.redengine.server.Request;
import org.redengine.server.Response;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quiz banks and contests in the console: see the banks and their questions, upload a bank (organizers may add
 * new ones, admins may also replace), and start or stop a contest in a group, whose messages go to the group as if
 * an organizer had typed 发起竞赛.
 */
final class QuizApi {

    static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
    private static final int SHOWN_PROBLEMS = 50;

    private final QuizBanks banks;
    private final Contests contests;
    private final Outbound outbound;
    private final ObjectMapper json = new ObjectMapper();

    QuizApi(QuizBanks banks, Contests contests, Outbound outbound) {
        this.banks = banks;
        this.contests = contests;
        this.outbound = outbound;
    }

    /** GET /api/admin/quiz/banks */
    Response list(Request request, ConsoleUser user) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (QuizBank b : banks.banks().values()) out.add(summary(b));
        return Response.json(200, Map.of("banks", out));
    }

    /** GET /api/admin/quiz/bank?name=&offset=&limit= */
    Response questions(Request request, ConsoleUser user) {
        QuizBank bank = request.queryParam("name") == null ? null : banks.banks().get(request.queryParam("name"));
        if (bank == null) return Response.error(404, "没有这个题库");
        int offset = intParam(request, "offset", 0), limit = Math.min(Math.max(intParam(request, "limit", 50), 1), 500);
        List<Map<String, Object>> qs = new ArrayList<>();
        List<Question> all = bank.questions();
        for (Question q : all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit))) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("row", q.row());
            o.put("type", q.type().chinese());
            o.put("stem", q.stem());
            o.put("options", q.options());
            o.put("answer", q.answerText());
            o.put("explanation", q.explanation());
            qs.add(o);
        }
        Map<String, Object> out = new LinkedHashMap<>(summary(bank));
        out.put("total", all.size());
        out.put("offset", offset);
        out.put("questions", qs); // this page's questions (the summary's count is "total" here)
        return Response.json(200, out);
    }

    /** POST /api/admin/quiz/banks?name=党史知识.xlsx (body: the file) */
    Response upload(Request request, ConsoleUser user) throws java.io.IOException {
        if (request.body().length == 0) return Response.error(400, "请求体是空的：请上传 .csv 或 .xlsx 题库文件");
        if (request.body().length > MAX_UPLOAD_BYTES) return Response.error(413, "文件太大（最多 20 MB）");
        QuizBanks.Installed installed = banks.install(request.queryParam("name"), request.body(), user.admin());
        if (installed.refusal() != null) {
            Map<String, Object> err = new LinkedHashMap<>();
            err.put("error", installed.refusal());
            if (installed.bank() != null) err.put("problems", problems(installed.bank()));
            return Response.json(installed.refusal().startsWith("已有同名") ? 409 : 400, err);
        }
        return Response.json(200, summary(installed.bank()));
    }

    /** POST /api/admin/contests {"group":"g1","channel":"web"?,"bank":"…"?,"questions":10?,"seconds":20?} */
    Response startContest(Request request, ConsoleUser user) {
        JsonNode b = body(request);
        if (b == null) return Response.error(400, "请求体必须是 JSON 对象");
        String channel = b.path("channel").asText("web"), group = b.path("group").asText("");
        Contests.Started started = contests.start(channel, group, user.who(), b.path("bank").asText(""),
                b.path("questions").asInt(Contests.DEFAULT_QUESTIONS), b.path("seconds").asInt(Contests.DEFAULT_SECONDS));
        if (!started.started()) return Response.error(409, started.replies().get(0).text());
        for (Reply r : started.replies()) outbound.post(ConversationKey.group(channel, group), r);
        return Response.json(200, Map.of("started", true, "message", started.replies().get(0).text()));
    }

    /** POST /api/admin/contests/stop {"group":"g1","channel":"web"?} */
    Response stopContest(Request request, ConsoleUser user) {
        JsonNode b = body(request);
        if (b == null) return Response.error(400, "请求体必须是 JSON 对象");
        String channel = b.path("channel").asText("web"), group = b.path("group").asText("");
        if (!contests.running(channel, group)) return Response.error(409, "本群现在没有正在进行的竞赛。");
        List<Reply> replies = contests.stop(channel, group);
        for (Reply r : replies) outbound.post(ConversationKey.group(channel, group), r);
        return Response.json(200, Map.of("stopped", true, "message", replies.get(0).text()));
    }

    /** Group routes check the group first. */
    static org.redengine.server.Routes.ConsoleHandler forGroup(org.redengine.server.Routes.ConsoleHandler h) {
        return (request, user) -> {
            Response denied = GroupAccess.check(request, user);
            return denied != null ? denied : h.handle(request, user);
        };
    }

    private static Map<String, Object> summary(QuizBank b) {
        Map<String, Integer> byType = new LinkedHashMap<>();
        Map<QuestionType, Integer> counts = new EnumMap<>(QuestionType.class);
        b.questions().forEach(q -> counts.merge(q.type(), 1, Integer::sum));
        counts.forEach((t, n) -> byType.put(t.chinese(), n));
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", b.name());
        o.put("questions", b.questions().size());
        o.put("byType", byType);
        o.put("problemCount", b.problems().size());
        o.put("problems", problems(b));
        return o;
    }

    private static List<Map<String, Object>> problems(QuizBank b) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (BankProblem p : b.problems().subList(0, Math.min(SHOWN_PROBLEMS, b.problems().size()))) {
            out.add(Map.of("row", p.row(), "reason", p.reason()));
        }
        return out;
    }

    private JsonNode body(Request request) {
        try {
            JsonNode n = json.readTree(new String(request.body(), StandardCharsets.UTF_8));
            return n != null && n.isObject() ? n : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static int intParam(Request request, String name, int fallback) {
        try {
            return request.queryParam(name) == null ? fallback : Math.max(0, Integer.parseInt(request.queryParam(name)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
