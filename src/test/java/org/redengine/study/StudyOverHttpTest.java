package org.redengine.study;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;
import org.redengine.TestServer;
import org.redengine.app.Settings;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Check-ins, plans and reports over the real chat and admin APIs, exports included, and console login. */
class StudyOverHttpTest {

    static final String TOKEN = "study-admin";
    static final String AUTH = "Bearer " + TOKEN;
    @TempDir
    Path tmp;
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        Settings settings = new Settings("127.0.0.1", 0, tmp.resolve("data"), TestKnowledge.write(tmp.resolve("kb")),
                tmp.resolve("quizzes"), Settings.DEFAULT_THRESHOLD, 0, false).withDatabase(null, TOKEN);
        server = new TestServer(settings);
        server.signIn("boss", TOKEN, "organizer", "sg"); // an organizer appointed by invitation
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String say(String user, String text) throws Exception {
        return server.ask(user, "<b>" + user + "</b>", "sg", text).at("/replies/0/text").asText();
    }

    private static String thisMonth() {
        return YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    @Test
    void checkInsPlansAndReportsInChat() throws Exception {
        assertThat(say("m1", "打卡 今天学习了遵义会议")).contains("打卡成功").contains("已连续打卡 1 天").contains("+5 积分");
        assertThat(say("m1", "打卡")).startsWith("今天已打卡").contains("已连续打卡 1 天");
        assertThat(say("m2", "/checkin")).contains("打卡成功");
        say("m3", "大家好");
        assertThat(say("m1", "我的打卡")).contains("连续打卡 1 天（今天已打卡）").contains("今天学习了遵义会议");
        assertThat(server.ask("m1", null, "打卡").at("/replies/0/text").asText()).contains("请在群聊中使用");
        assertThat(server.get("/metrics").body()).contains("redengine_checkins_total 2.0"); // m1 and m2, not m1's second

        assertThat(say("m1", "打卡统计")).contains("只有组织者");
        String stats = say("boss", "打卡统计");
        assertThat(stats).contains("参与率：2/3").contains("<b>m1</b>(1天)").contains("本周未打卡：").contains("<b>m3</b>");

        assertThat(say("m1", "学习计划")).contains("还没有学习计划");
        assertThat(say("m1", "学习计划 添加 遵义会议 2026-11-16 2026-11-22")).contains("只有组织者");
        assertThat(say("boss", "学习计划 添加 遵义会议 2026-11-16 2026-11-22 遵义会议")).contains("已添加专题“遵义会议”");
        assertThat(say("m1", "学习计划")).contains("1. 遵义会议（2026-11-16 至 2026-11-22）");
        assertThat(say("boss", "学习推送 周一 08:00")).contains("已设置学习推送：周一 08:00");
        assertThat(say("boss", "打卡提醒 周一到周五 20:00")).contains("周一、周二、周三、周四、周五 20:00");
        assertThat(say("boss", "打卡提醒 25:00")).contains("应写成 08:00");
        assertThat(say("boss", "打卡提醒 关闭")).contains("已关闭打卡提醒");

        String report = say("boss", "学习报告");
        assertThat(report).contains("学习报告").contains("打卡 2 人次").contains("参与学习 2 人（成员 4 人");
        assertThat(say("boss", "学习报告 2021-13")).contains("月份格式应为");
        assertThat(say("boss", "学习报告 2021-06")).contains("2021年6月学习报告").contains("打卡 0 人次");
    }

    @Test
    void adminReportsAsJsonCsvAndExcel() throws Exception {
        say("m1", "打卡 <script>alert(1)</script>");
        say("m2", "打卡");
        String q = "/api/admin/reports?group=sg&month=" + thisMonth();
        assertThat(server.send("GET", q, null).statusCode()).isEqualTo(401);
        HttpResponse<String> json = server.send("GET", q, null, "Authorization", AUTH);
        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode r = TestServer.JSON.readTree(json.body());
        assertThat(r.path("checkIns").asInt()).isEqualTo(2);
        assertThat(r.path("participants").asInt()).isEqualTo(2);
        assertThat(r.path("people").size()).isEqualTo(2);
        assertThat(server.send("GET", "/api/admin/reports?group=sg&month=2021-6", null, "Authorization", AUTH).statusCode()).isEqualTo(400);
        assertThat(server.send("GET", "/api/admin/reports?month=2021-06", null, "Authorization", AUTH).body()).contains("缺少参数 group");

        HttpResponse<byte[]> csv = bytes("/api/admin/reports/export?group=sg&format=csv&month=" + thisMonth());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("content-disposition").orElse("")).contains("attachment").contains("filename*=UTF-8''");
        byte[] b = csv.body();
        assertThat(new byte[] {b[0], b[1], b[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("成员,用户ID,打卡天数").contains("<b>m1</b>,m1,1").contains("打卡人次,2");

        HttpResponse<byte[]> xlsx = bytes("/api/admin/reports/export?group=sg&format=xlsx&month=" + thisMonth());
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheet("成员").getRow(0).getCell(0).getStringCellValue()).isEqualTo("成员");
            assertThat(book.getSheet("成员").getPhysicalNumberOfRows()).isEqualTo(3);
            assertThat(book.getSheet("汇总").getRow(7).getCell(1).getNumericCellValue()).isEqualTo(2.0);
        }
        assertThat(bytes("/api/admin/reports/export?group=sg&format=pdf&month=" + thisMonth()).statusCode()).isEqualTo(400);
    }

    @Test
    void plansUploadWholeOrNotAtAll() throws Exception {
        String good = """
                title: 冬季计划
                phases:
                  - name: 第一阶段
                    topics:
                      - {title: 遵义会议, from: 2026-11-16, to: 2026-11-22}
                schedules:
                  - {kind: study, days: [1], at: "08:00"}
                """;
        HttpResponse<String> ok = server.send("POST", "/api/admin/plan?group=sg", good, "Authorization", AUTH);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("冬季计划").contains("\"describe\":\"周一 08:00\"");
        HttpResponse<String> bad = server.send("POST", "/api/admin/plan?group=sg", good.replace("2026-11-22", "2026-11-02"), "Authorization", AUTH);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(TestServer.JSON.readTree(bad.body()).path("problems").get(0).asText()).contains("结束日期早于开始日期");
        assertThat(server.send("GET", "/api/admin/plan?group=sg", null, "Authorization", AUTH).body()).contains("冬季计划").contains("2026-11-22");
        assertThat(server.send("POST", "/api/admin/plan?group=sg", "", "Authorization", AUTH).statusCode()).isEqualTo(400);
    }

    @Test
    void aGroupsTimeZoneIsSetThroughTheApi() throws Exception {
        assertThat(server.send("POST", "/api/admin/group-zone", "{\"group\":\"sg\",\"timeZone\":\"Mars/Olympus\"}", "Authorization", AUTH).statusCode()).isEqualTo(400);
        assertThat(server.send("POST", "/api/admin/group-zone", "{\"group\":\"sg\"}", "Authorization", AUTH).statusCode()).isEqualTo(400);
        assertThat(server.send("POST", "/api/admin/group-zone", "{\"group\":\"sg\",\"timeZone\":\"Pacific/Kiritimati\"}").statusCode()).isEqualTo(401);
        HttpResponse<String> ok = server.send("POST", "/api/admin/group-zone", "{\"group\":\"sg\",\"timeZone\":\"Pacific/Kiritimati\"}", "Authorization", AUTH);
        assertThat(ok.statusCode()).isEqualTo(200);
        say("m1", "打卡");
        // the check-in is dated by the group's zone (UTC+14), which is a day ahead of UTC for most of the day
        String day = java.time.LocalDate.now(ZoneId.of("Pacific/Kiritimati")).toString();
        assertThat(say("m1", "我的打卡")).contains("今天已打卡");
        JsonNode r = TestServer.JSON.readTree(server.send("GET", "/api/admin/reports?group=sg&from=" + day + "&to=" + day, null, "Authorization", AUTH).body());
        assertThat(r.path("checkIns").asInt()).isEqualTo(1);
    }

    @Test
    void theConsoleLogsInWithAnHttpOnlySameSiteCookie() throws Exception {
        assertThat(server.get("/admin").body()).contains("管理后台");
        assertThat(server.post("/admin/login", "{\"token\":\"wrong\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> login = server.post("/admin/login", "{\"token\":\"" + TOKEN + "\"}");
        assertThat(login.statusCode()).isEqualTo(200);
        String cookie = login.headers().firstValue("set-cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
        String session = cookie.substring(0, cookie.indexOf(';'));
        assertThat(server.send("GET", "/api/admin/groups", null, "Cookie", session).statusCode()).isEqualTo(200);
        assertThat(server.send("GET", "/api/admin/groups", null, "Cookie", "redengine_admin=forged").statusCode()).isEqualTo(401);
        server.send("POST", "/admin/logout", "", "Cookie", session);
        assertThat(server.send("GET", "/api/admin/groups", null, "Cookie", session).statusCode()).isEqualTo(401);
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.base() + path)).header("Authorization", AUTH).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
