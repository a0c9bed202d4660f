package org.redengine.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.redengine.TestKnowledge;
import org.redengine.TestServer;
import org.redengine.app.Settings;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin console in a real headless Chromium: log in with the token, see a group's participation chart drawn
 * from real check-ins, names shown as text (no script injection), and download the Excel export.
 */
@Tag("browser")
class AdminConsoleBrowserTest {

    static final String TOKEN = "console-token";
    static final String EVIL = "<img src=x onerror=\"window.__xss=1\">";
    @TempDir
    static Path tmp;
    static Path downloads;
    static TestServer server;
    static WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(new File(WebChatBrowserTest.CHROMEDRIVER).canExecute() && new File(WebChatBrowserTest.CHROMIUM).canExecute(),
                "跳过浏览器测试：没有找到 chromium 和 chromedriver（apt-get install chromium chromium-driver）");
        Settings settings = new Settings("127.0.0.1", 0, tmp.resolve("data"), TestKnowledge.write(tmp.resolve("kb")),
                tmp.resolve("quizzes"), Settings.DEFAULT_THRESHOLD, 0, false).withDatabase(null, TOKEN);
        server = new TestServer(settings);
        for (String[] m : new String[][] {{"u1", "张三"}, {"u2", EVIL}, {"u3", "李四"}}) {
            var body = TestServer.JSON.createObjectNode().put("user", m[0]).put("name", m[1]).put("group", "console-g").put("text", "打卡 " + EVIL);
            assertThat(server.post("/api/messages", TestServer.JSON.writeValueAsString(body)).statusCode()).isEqualTo(200);
        }
        downloads = Files.createDirectories(tmp.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(WebChatBrowserTest.CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1300,1000", "--user-data-dir=" + Files.createTempDirectory(tmp, "chrome"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(WebChatBrowserTest.CHROMEDRIVER)).build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    @Test
    void logInSeeTheChartAndDownloadTheExport() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.get(server.base() + "/admin");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
        driver.findElement(By.id("token")).sendKeys("wrong");
        driver.findElement(By.cssSelector("#login-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-error"), "管理员令牌不正确"));
        driver.findElement(By.id("token")).clear();
        driver.findElement(By.id("token")).sendKeys(TOKEN);
        driver.findElement(By.cssSelector("#login-form button")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("group")));
        wait.until(d -> "3".equals(d.findElement(By.id("chart-daily")).getDomAttribute("data-checkins")));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // the chart library drew a canvas, and its check-in series holds today's three check-ins
        assertThat(driver.findElements(By.cssSelector("#chart-daily canvas"))).isNotEmpty();
        @SuppressWarnings("unchecked")
        List<Long> series = (List<Long>) js.executeScript(
                "return echarts.getInstanceByDom(document.getElementById('chart-daily')).getOption().series[0].data;");
        assertThat(series.stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
        assertThat(driver.findElement(By.id("summary")).getText()).contains("打卡人次").contains("3");

        // names are text: the would-be tag is shown, not run
        wait.until(d -> d.findElement(By.id("members")).getText().contains("张三"));
        assertThat(driver.findElement(By.id("members")).getText()).contains(EVIL);
        assertThat(js.executeScript("return window.__xss === undefined && document.querySelectorAll('#members img').length === 0;")).isEqualTo(true);

        driver.findElement(By.id("export-xlsx")).click();
        Path file = null;
        long deadline = System.currentTimeMillis() + 15_000;
        while (file == null && System.currentTimeMillis() < deadline) {
            try (Stream<Path> s = Files.list(downloads)) {
                file = s.filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElse(null);
            }
            if (file == null) Thread.sleep(200);
        }
        assertThat(file).as("the Excel export was downloaded").isNotNull();
        try (Workbook book = WorkbookFactory.create(file.toFile())) {
            assertThat(book.getSheet("成员").getPhysicalNumberOfRows()).isEqualTo(4);
        }
    }

    private void logIn(WebDriverWait wait) {
        driver.get(server.base() + "/admin");
        wait.until(d -> d.findElement(By.id("console")).isDisplayed() || d.findElement(By.id("token")).isDisplayed());
        if (driver.findElement(By.id("token")).isDisplayed()) {
            driver.findElement(By.id("token")).sendKeys(TOKEN);
            driver.findElement(By.cssSelector("#login-form button")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("console")));
        }
    }

    private String explain(WebDriverWait wait, String question) {
        driver.findElement(By.id("explain-q")).clear();
        driver.findElement(By.id("explain-q")).sendKeys(question);
        driver.findElement(By.cssSelector("#explain-form button")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#explain .answer-box")).isEmpty());
        return driver.findElement(By.cssSelector("#explain .answer-box")).getText();
    }

    @Test
    void editAnEntrySeeTheBotsAnswerChangeAndRollItBack() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        String q = "遵义会议是什么时候召开的？";
        logIn(wait);
        driver.findElement(By.id("tab-knowledge")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pane-knowledge")));
        assertThat(explain(wait, q)).contains("1935年1月15日至17日");
        assertThat(driver.findElements(By.cssSelector("#candidates tr"))).isNotEmpty();
        // typed word for word: the console says the sentence model was not consulted, and shows no cosine for it
        assertThat(driver.findElement(By.cssSelector("#explain p.muted")).getText()).contains("与问答的问题完全一致，未用语义模型");
        assertThat(driver.findElement(By.cssSelector("#candidates tr td:nth-child(7)")).getText()).isEqualTo("未算");

        driver.findElement(By.id("search-q")).sendKeys("遵义会议");
        driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();
        By row = By.cssSelector("#entries tr[data-question='" + q + "']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(row));
        driver.findElement(row).findElement(By.xpath(".//button[text()='编辑']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry-form")));
        driver.findElement(By.id("entry-answer")).clear();
        driver.findElement(By.id("entry-answer")).sendKeys("遵义会议于1935年1月在贵州遵义召开，这是控制台修改后的答案。");
        driver.findElement(By.cssSelector("#entry-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kb-message"), "已保存"));

        assertThat(explain(wait, q)).contains("控制台修改后的答案");
        assertThat(server.ask("browser-member", null, q).at("/replies/0/text").asText()).contains("控制台修改后的答案");

        wait.until(d -> !d.findElements(By.cssSelector("#versions tr")).isEmpty());
        driver.findElement(By.cssSelector("#versions tr")).findElement(By.xpath(".//button[text()='回滚']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kb-message"), "已回滚"));
        assertThat(explain(wait, q)).contains("1935年1月15日至17日").doesNotContain("控制台");
        assertThat(server.ask("browser-member", null, q).at("/replies/0/text").asText()).doesNotContain("控制台");
    }

    /** Issue 14: hidden things stay hidden, an edit keeps the tags, names come first, the organizer column follows. */
    @Test
    void theConsoleShowsNamesKeepsTagsAndFollowsItsOwnChanges() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.manage().deleteAllCookies();
        driver.get(server.base() + "/admin");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
        assertThat(driver.findElement(By.id("logout")).isDisplayed()).as("退出登录 on the login page").isFalse();
        logIn(wait);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("group")));

        // names first: the unnamed group says so; members by name, their ids only in a tooltip
        assertThat(driver.findElement(By.id("groups")).getText()).contains("未命名的群").contains("网页");
        wait.until(d -> d.findElement(By.id("members")).getText().contains("张三"));
        assertThat(driver.findElement(By.id("members")).getText()).doesNotContain("u1");
        driver.findElement(By.id("group-name")).sendKeys("机关第一党支部");
        driver.findElement(By.cssSelector("#group-settings button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("groups"), "机关第一党支部"));
        assertThat(driver.findElement(By.id("group-title")).getText()).startsWith("机关第一党支部");

        // 设为组织者 shows in the groups table at once
        WebElement zhang = driver.findElements(By.cssSelector("#members tr")).stream()
                .filter(r -> r.getText().contains("张三")).findFirst().orElseThrow();
        zhang.findElement(By.xpath(".//button[text()='设为组织者']")).click();
        wait.until(d -> d.findElement(By.id("groups")).getText().contains("张三"));

        // the 添加问答 form is closed until asked for; editing keeps (and can change) an entry's tags
        driver.findElement(By.id("tab-knowledge")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pane-knowledge")));
        assertThat(driver.findElement(By.id("entry-form")).isDisplayed()).isFalse();
        String q = "中共一大在哪里召开？";
        driver.findElement(By.id("search-q")).clear();
        driver.findElement(By.id("search-q")).sendKeys("中共一大");
        driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();
        By row = By.cssSelector("#entries tr[data-question='" + q + "']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(row));
        driver.findElement(row).findElement(By.xpath(".//button[text()='编辑']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry-form")));
        assertThat(driver.findElement(By.id("entry-tags")).getDomProperty("value")).isEqualTo("一大 红船");
        driver.findElement(By.id("entry-source")).sendKeys("（第一版）");
        driver.findElement(By.cssSelector("#entry-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kb-message"), "已保存"));
        String file = Files.readString(tmp.resolve("kb/faq/milestones.csv"));
        assertThat(file).contains("一大 红船").contains("（第一版）");
    }

    /**
     * Issue 14: an organizer signs up from the admin's invitation link, sees only their group and no admin tools,
     * starts a contest and sets the study post from the console, reads a member's record, and adds their group's
     * Q&A; the admin pages through the entries and ignores an unanswered question.
     */
    @Test
    void anInvitedOrganizerRunsTheirGroupFromTheConsole() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        var other = TestServer.JSON.createObjectNode().put("user", "u9").put("name", "王五").put("group", "other-g").put("text", "大家好");
        assertThat(server.post("/api/messages", TestServer.JSON.writeValueAsString(other)).statusCode()).isEqualTo(200);
        String bank = """
                题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析,分类,难度,来源
                单选,遵义会议是哪一年召开的？,1921年,1935年,1949年,1978年,,,B,遵义会议于1935年1月召开。,党史,易,测试
                """;
        assertThat(server.send("POST", "/api/admin/quiz/banks?name=" + java.net.URLEncoder.encode("支部题库.csv", java.nio.charset.StandardCharsets.UTF_8),
                bank, "Authorization", "Bearer " + TOKEN, "Content-Type", "text/csv").statusCode()).isEqualTo(200);
        server.ask("u7", "赵六", "console-g", "大家好");
        server.ask("u7", "赵六", null, "明天北京天气怎么样");
        var invite = server.send("POST", "/api/admin/console-invites", "{\"group\":\"console-g\"}", "Authorization", "Bearer " + TOKEN);
        String link = TestServer.JSON.readTree(invite.body()).path("link").asText();

        driver.manage().deleteAllCookies();
        driver.get("about:blank");
        driver.get(server.base() + link);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register-form")));
        assertThat(driver.findElement(By.id("invite-code")).getDomProperty("value")).isNotBlank();
        driver.findElement(By.id("new-username")).sendKeys("zhouhui");
        driver.findElement(By.id("new-password")).sendKeys("zhouhui-2026");
        driver.findElement(By.id("new-password2")).sendKeys("zhouhui-2026");
        driver.findElement(By.cssSelector("#register-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("group")));
        assertThat(driver.findElement(By.id("whoami")).getText()).isEqualTo("组织者 zhouhui");

        // only their group; no roles, accounts, invitations, versions or unanswered questions
        assertThat(driver.findElements(By.cssSelector("#groups tr"))).hasSize(1);
        assertThat(driver.findElement(By.id("groups")).getText()).doesNotContain("other-g");
        assertThat(driver.findElement(By.id("invite-organizer")).isDisplayed()).isFalse();
        wait.until(d -> d.findElement(By.id("members")).getText().contains("张三"));
        assertThat(driver.findElement(By.id("members")).getText()).doesNotContain("设为组织者");

        // a member's record
        driver.findElements(By.cssSelector("#members tr")).stream().filter(r -> r.getText().contains("张三")).findFirst()
                .orElseThrow().findElement(By.xpath(".//button[text()='记录']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("member-history"), "打卡"));

        // a contest from the console goes to the group
        wait.until(d -> !d.findElements(By.cssSelector("#contest-bank option")).isEmpty());
        driver.findElement(By.id("contest-count")).clear();
        driver.findElement(By.id("contest-count")).sendKeys("1");
        driver.findElement(By.cssSelector("#contest-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contest-message"), "竞赛已开始"));
        assertThat(server.getAs("u7", "/api/messages?group=console-g").body()).contains("知识竞赛开始！题库：支部题库");
        driver.findElement(By.id("contest-stop")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contest-message"), "竞赛已结束"));

        // the weekly study post: Wednesday 07:45
        driver.findElements(By.cssSelector("#schedule-days input")).forEach(b -> { if (b.isSelected()) b.click(); });
        driver.findElements(By.cssSelector("#schedule-days input")).get(2).click();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById('schedule-at').value = '07:45'");
        driver.findElement(By.cssSelector("#schedule-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan"), "周三 07:45"));

        // their group's Q&A: the scope offers only their group; shared entries are read-only
        driver.findElement(By.id("tab-knowledge")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pane-knowledge")));
        By shared = By.cssSelector("#entries tr[data-question='遵义会议是什么时候召开的？']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(shared));
        assertThat(driver.findElement(shared).findElements(By.tagName("button"))).isEmpty();
        driver.findElement(By.id("new-entry")).click();
        assertThat(driver.findElements(By.cssSelector("#entry-scope option"))).extracting(o -> o.getDomProperty("value"))
                .containsExactly("web:console-g");
        driver.findElement(By.id("entry-question")).sendKeys("本支部的学习日是哪天？");
        driver.findElement(By.id("entry-answer")).sendKeys("每周一上午集中学习。");
        driver.findElement(By.cssSelector("#entry-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kb-message"), "已保存"));

        // the admin: more than one page of entries, and an unanswered question ignored
        for (int i = 0; i < 60; i++) {
            var add = TestServer.JSON.createObjectNode().put("question", "测试分页问题" + i + "是什么？").put("answer", "分页答案" + i + "。");
            assertThat(server.send("POST", "/api/admin/knowledge/faq", TestServer.JSON.writeValueAsString(add), "Authorization", "Bearer " + TOKEN)
                    .statusCode()).isEqualTo(200);
        }
        server.runTimers(); // the unanswered question is recorded
        driver.findElement(By.id("logout")).click();
        logIn(wait);
        driver.findElement(By.id("tab-knowledge")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entries-page"), "第 1 / 2 页"));
        driver.findElement(By.id("entries-next")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entries-page"), "第 2 / 2 页"));
        By unanswered = By.cssSelector("#unanswered tr[data-question='明天北京天气怎么样']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(unanswered));
        driver.findElement(unanswered).findElement(By.xpath(".//button[text()='忽略']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(unanswered));
    }
}
