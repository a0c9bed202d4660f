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
}
