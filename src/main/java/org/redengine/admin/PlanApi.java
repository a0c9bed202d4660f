package org.redengine.admin;

import org.redengine.server.Request;
import org.redengine.server.Response;
import org.redengine.study.Schedule;
import org.redengine.study.StudyPlan;
import org.redengine.study.StudyPlanFiles;
import org.redengine.study.StudyPlans;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /api/admin/plan?group=G[&channel=web]: the group's plan and schedules; POST the same with a YAML or XLSX file
 * as the body: replaces the plan (and the schedules the YAML names). A file with any problem changes nothing and
 * gets 400 with every problem listed.
 */
public final class PlanApi {

    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    private final StudyPlans plans;
    private final Clock clock;

    public PlanApi(StudyPlans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    public Response get(Request request) {
        String group = request.queryParam("group");
        if (group == null || group.isBlank()) return Response.error(400, "缺少参数 group");
        String channel = channel(request);
        return Response.json(200, body(plans.plan(channel, group), plans.schedules(channel, group)));
    }

    /** POST /api/admin/plan?channel=&group= (body: a YAML or Excel plan), by the admin or the group's organizer. */
    public Response upload(Request request, org.redengine.core.ConsoleUser user) {
        Response denied = GroupAccess.check(request, user);
        if (denied != null) return denied;
        String group = request.queryParam("group");
        if (group == null || group.isBlank()) return Response.error(400, "缺少参数 group");
        if (request.body().length == 0) return Response.error(400, "请求体是空的：请上传 YAML 或 Excel（.xlsx）学习计划文件");
        if (request.body().length > MAX_FILE_BYTES) return Response.error(413, "文件太大（最多 2 MB）");
        StudyPlanFiles.Upload upload;
        try {
            upload = StudyPlanFiles.read(request.body());
        } catch (StudyPlanFiles.PlanException e) {
            Map<String, Object> err = new LinkedHashMap<>();
            err.put("error", "学习计划有问题，未作任何修改");
            err.put("problems", e.problems());
            return Response.json(400, err);
        }
        String channel = channel(request);
        plans.save(channel, group, upload, user.who(), clock.millis());
        return Response.json(200, body(upload.plan(), plans.schedules(channel, group)));
    }

    /**
     * PUT /api/admin/schedules {"group":"g1","channel":"web"?,"kind":"study"|"reminder","days":[1,3],"at":"08:30",
     * "enabled":true}: sets a group's weekly study post or check-in reminder (days 1 = Monday … 7 = Sunday, the time
     * in the group's time zone), as 设置学习推送 / 设置打卡提醒 do in the chat.
     */
    public Response schedule(Request request) {
        com.fasterxml.jackson.databind.JsonNode b;
        try {
            b = new com.fasterxml.jackson.databind.ObjectMapper().readTree(new String(request.body(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (Exception e) {
            return Response.error(400, "请求体不是合法的 JSON");
        }
        if (b == null || !b.isObject() || !b.path("group").isTextual()) return Response.error(400, "需要 group、kind、days 和 at");
        String channel = b.path("channel").asText("web"), group = b.path("group").asText();
        try {
            Schedule.Kind kind = Schedule.Kind.of(b.path("kind").asText(""));
            java.util.Set<java.time.DayOfWeek> days = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
            for (com.fasterxml.jackson.databind.JsonNode d : b.path("days")) {
                if (!d.canConvertToInt() || d.asInt() < 1 || d.asInt() > 7) throw new IllegalArgumentException("days 只能是 1（周一）到 7（周日）");
                days.add(java.time.DayOfWeek.of(d.asInt()));
            }
            java.time.LocalTime at;
            try {
                at = java.time.LocalTime.parse(b.path("at").asText(""));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("时间格式应为 08:30");
            }
            plans.saveSchedule(new Schedule(channel, group, kind, days, at, b.path("enabled").asBoolean(true), 0, clock.millis()));
        } catch (IllegalArgumentException e) {
            return Response.error(400, e.getMessage());
        }
        return Response.json(200, body(plans.plan(channel, group), plans.schedules(channel, group)));
    }

    private static String channel(Request request) {
        return request.queryParam("channel") == null ? "web" : request.queryParam("channel");
    }

    private static Map<String, Object> body(StudyPlan plan, List<Schedule> schedules) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (plan == null) o.put("plan", null);
        else {
            List<Map<String, Object>> phases = new ArrayList<>();
            for (StudyPlan.Phase p : plan.phases()) {
                List<Map<String, Object>> topics = new ArrayList<>();
                for (StudyPlan.Topic t : p.topics()) {
                    topics.add(Map.of("title", t.title(), "from", t.from().toString(), "to", t.to().toString(), "readings", t.readings()));
                }
                phases.add(Map.of("name", p.name(), "topics", topics));
            }
            o.put("plan", Map.of("title", plan.title(), "phases", phases));
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (Schedule s : schedules) {
            list.add(Map.of("kind", s.kind().id(), "days", Schedule.dayNumbers(s.days()), "at", s.at().toString(),
                    "enabled", s.enabled(), "describe", s.describe()));
        }
        o.put("schedules", list);
        return o;
    }
}
