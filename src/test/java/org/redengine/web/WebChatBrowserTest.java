package org.redengine.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.redengine.TestKnowledge;
import org.redengine.TestServer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The web chat page in a real headless Chromium: ask, see the answer and its source; switch to the group. */
@Tag("browser")
class WebChatBrowserTest {

    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String ADMIN = "browser-admin";

    @TempDir
    static Path tmp;
    static TestServer server;
    static WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(new File(CHROMEDRIVER).canExecute() && new File(CHROMIUM).canExecute(),
                "跳过浏览器测试：没有找到 " + CHROMIUM + " 和 " + CHROMEDRIVER + "（apt-get install chromium chromium-driver）");
        server = new TestServer(new org.redengine.app.Settings("127.0.0.1", 0, tmp.resolve("data"), TestKnowledge.write(tmp.resolve("kb")),
                tmp.resolve("data").resolve("quizzes"), org.redengine.app.Settings.DEFAULT_THRESHOLD, 0, true).withDatabase(null, ADMIN));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1200,900",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "chrome"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    /**
     * Each test is a new visitor: no stored identity, no session cookie, a desktop-sized window. The page opened here
     * to reach the site's storage opens a session of its own on load, and stores its user when the answer comes: let
     * it, then clear, then leave the page. (Clearing first let that answer store an identity after the clearing now
     * and then, which the test's page then took up and replaced: a message posted to the identity the test read never
     * reached the page.)
     */
    @org.junit.jupiter.api.BeforeEach
    void newVisitor() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 900));
        driver.get(server.base() + "/");
        waitFor().withMessage("the page opened to clear the site's storage to open its session")
                .until(d -> script("return localStorage.getItem('redengine.user')") != null);
        script("localStorage.clear()");
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
    }

    private Object script(String js) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(js);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private void send(String text) {
        WebElement input = driver.findElement(By.id("input"));
        input.clear();
        input.sendKeys(text);
        driver.findElement(By.id("send")).click();
    }

    private List<WebElement> botMessages() {
        return driver.findElements(By.cssSelector(".msg.bot"));
    }

    @Test
    void askAQuestionAndSeeTheAnswerWithItsSource() {
        driver.get(server.base() + "/");
        assertThat(driver.getTitle()).isEqualTo("红色引擎学习助手");
        driver.findElement(By.id("name")).sendKeys("张三");
        send("遵义会议是哪年开的？");
        waitFor().until(d -> !botMessages().isEmpty());
        WebElement answer = botMessages().get(botMessages().size() - 1);
        assertThat(answer.getAttribute("data-type")).isEqualTo("answer");
        assertThat(answer.findElement(By.cssSelector(".bubble")).getText()).contains("1935年").contains("来源");
        WebElement sources = answer.findElement(By.cssSelector(".sources"));
        assertThat(sources.getAttribute("open")).as("folded: the answer already ends with its source note").isNull();
        sources.findElement(By.cssSelector("summary")).click();
        assertThat(sources.getText()).contains("《中国共产党简史》");
        assertThat(sources.findElements(By.cssSelector(".source-excerpt"))).as("the passage the answer already quotes is not repeated").isEmpty();
        assertThat(driver.findElement(By.cssSelector(".msg.mine .bubble")).getText()).isEqualTo("遵义会议是哪年开的？");
        // rate it: the thumbs-up goes to the server and the buttons lock
        answer.findElement(By.cssSelector(".rating .rate[data-useful='true']")).click();
        waitFor().until(d -> answer.findElement(By.cssSelector(".rating-note")).getText().equals("谢谢你的评价！"));
        assertThat(answer.findElement(By.cssSelector(".rating .rate[data-useful='false']")).isEnabled()).isFalse();

        // an unknown question: a fallback, no source box
        int before = botMessages().size();
        send("明天北京的天气怎么样");
        waitFor().until(d -> botMessages().size() > before);
        WebElement fallback = botMessages().get(botMessages().size() - 1);
        assertThat(fallback.getAttribute("data-type")).isEqualTo("fallback");
        assertThat(fallback.findElements(By.cssSelector(".sources"))).isEmpty();
    }

    @Test
    void messagesTheBotSendsOnItsOwnAppearLive() {
        driver.get(server.base() + "/");
        // the page stores its user once its session is open (a request of its own): wait for it
        // each wait names its step: a timeout here once in a full-suite run did not say which
        String user = waitFor().withMessage("the page to store its session's user").until(d -> (String) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return localStorage.getItem('redengine.user')"));
        assertThat(user).startsWith("web-");
        waitFor().withMessage("the page's status line to clear").until(d -> driver.findElement(By.id("status")).getText().isEmpty());
        // give the page a moment to subscribe, then send a reminder from the server side
        waitFor().withMessage("a message the server sends on its own to appear").until(d -> {
            server.engine().outbound().post(org.redengine.conversation.ConversationKey.direct("web", user),
                    org.redengine.conversation.Reply.of(org.redengine.conversation.ReplyType.NOTICE, "提醒：今天的周汇朝学还没有打卡"));
            return !driver.findElements(By.cssSelector(".msg.bot")).isEmpty();
        });
        assertThat(botMessages()).anySatisfy(m -> assertThat(m.findElement(By.cssSelector(".bubble")).getText()).contains("周汇朝学"));
    }

    @Test
    void groupChatAnswersOnlyWhenMentioned() {
        driver.get(server.base() + "/");
        driver.findElement(By.cssSelector(".chat[data-chat='group']")).click();
        assertThat(driver.findElement(By.id("chat-title")).getText()).isEqualTo("红色引擎学习群");
        send("大家好");
        waitFor().until(d -> !driver.findElements(By.cssSelector(".msg.mine")).isEmpty());
        driver.findElement(By.id("mention")).click();
        driver.findElement(By.id("input")).sendKeys("四史是什么");
        driver.findElement(By.id("send")).click();
        waitFor().until(d -> !botMessages().isEmpty());
        assertThat(botMessages()).hasSize(1);
        WebElement answer = botMessages().get(0);
        assertThat(answer.findElement(By.cssSelector(".sender")).getText()).isEqualTo("红色引擎助手");
        assertThat(answer.findElement(By.cssSelector(".bubble")).getText()).contains("新中国史");
        // names shown in the group, and no script runs from what people type
        send("<img src=x onerror=\"document.title='pwned'\">");
        waitFor().until(d -> driver.findElements(By.cssSelector(".msg.mine")).size() >= 3);
        assertThat(driver.getTitle()).isEqualTo("红色引擎学习助手");
    }

    @Test
    void aReloadBringsBothChatsBackAndTheGroupShowsWhoSaidWhat() throws Exception {
        driver.get(server.base() + "/");
        driver.findElement(By.id("name")).sendKeys("王芳");
        send("遵义会议是哪年开的？");
        waitFor().until(d -> !botMessages().isEmpty());
        driver.findElement(By.cssSelector(".chat[data-chat='group']")).click();
        send("@红色引擎助手 四史是什么");
        waitFor().until(d -> !botMessages().isEmpty());
        // another member asks in the group: their message appears under their name, and their answer has no 👍/👎 here
        server.ask("web-other-member", "李红", "web-study-group", "@红色引擎助手 遵义会议是哪年开的？");
        waitFor().until(d -> !driver.findElements(By.cssSelector(".msg.other")).isEmpty() && botMessages().size() >= 2);
        WebElement other = driver.findElement(By.cssSelector(".msg.other"));
        assertThat(other.findElement(By.cssSelector(".sender")).getText()).isEqualTo("李红");
        assertThat(other.findElement(By.cssSelector(".bubble")).getText()).contains("遵义会议");
        List<WebElement> answers = botMessages();
        assertThat(answers.get(0).findElements(By.cssSelector(".rating"))).as("my answer can be rated").hasSize(1);
        assertThat(answers.get(answers.size() - 1).findElements(By.cssSelector(".rating"))).as("李红's answer").isEmpty();

        driver.navigate().refresh();
        waitFor().until(d -> !driver.findElements(By.cssSelector(".msg.mine")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".msg.mine .bubble")).getText()).isEqualTo("遵义会议是哪年开的？");
        assertThat(botMessages()).hasSize(1);
        driver.findElement(By.cssSelector(".chat[data-chat='group']")).click();
        waitFor().until(d -> driver.findElements(By.cssSelector(".msg")).size() >= 4);
        List<String> texts = driver.findElements(By.cssSelector(".msg .bubble")).stream().map(WebElement::getText).toList();
        assertThat(texts.get(0)).isEqualTo("@红色引擎助手 四史是什么");
        assertThat(texts.get(2)).contains("遵义会议");
        assertThat(driver.findElement(By.cssSelector(".msg.other .sender")).getText()).isEqualTo("李红");
    }

    @Test
    void onAPhoneTheNicknameCanBeSetAndNobodyIsShownAsMeToOthers() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        driver.get(server.base() + "/");
        assertThat(driver.findElement(By.id("name")).isDisplayed()).as("the nickname field on a 390 px screen").isTrue();
        driver.findElement(By.cssSelector(".chat[data-chat='group']")).click();
        assertThat(driver.findElement(By.id("messages")).getText()).contains("还没有填写昵称");
        send("打卡");
        waitFor().until(d -> !botMessages().isEmpty());
        assertThat(botMessages().get(0).findElement(By.cssSelector(".bubble")).getText()).startsWith("✅").doesNotContain("我打卡");
        String user = (String) script("return localStorage.getItem('redengine.user')");
        // what the other members read: a neutral label, never 我 and never the raw id
        var all = TestServer.JSON.readTree(server.send("GET", "/api/messages?group=web-study-group&limit=500", null,
                "Authorization", "Bearer " + ADMIN).body()).path("messages");
        List<String> labels = new java.util.ArrayList<>();
        all.forEach(m -> { if (m.path("text").asText().equals("打卡")) labels.add(m.path("sender").asText()); });
        assertThat(labels).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("成员").isNotEqualTo("我").doesNotContain(user));
        driver.findElement(By.id("name")).sendKeys("赵强");
        send("大家好");
        waitFor().until(d -> driver.findElements(By.cssSelector(".msg.mine")).size() >= 2);
    }

    @Test
    void aFallbackListsItsSuggestionsOnceAsButtons() {
        driver.get(server.base() + "/");
        send("遵义会议的参会人员有哪些"); // not in the test knowledge base, but close to its 遵义会议 entry
        waitFor().until(d -> !botMessages().isEmpty());
        WebElement reply = botMessages().get(0);
        assertThat(reply.getAttribute("data-type")).isEqualTo("fallback");
        assertThat(reply.findElements(By.cssSelector(".suggestion"))).isNotEmpty();
        String text = reply.findElement(By.cssSelector(".bubble")).getText();
        assertThat(text).contains("没有把握");
        for (WebElement chip : reply.findElements(By.cssSelector(".suggestion"))) {
            assertThat(text).as("a suggestion shown as a button is not listed in the text too").doesNotContain(chip.getText());
        }
    }

    /** A question's options are buttons: a tap answers that question (the daily quiz in the private chat). */
    @Test
    void aQuestionsOptionsAreButtonsThatAnswerIt() throws Exception {
        String bank = "题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析,分类,难度,来源\n"
                + "单选,遵义会议是哪一年召开的？,1921年,1935年,1949年,1978年,,,B,遵义会议于1935年1月召开。,党史,易,测试\n";
        assertThat(server.send("POST", "/api/admin/quiz/banks?name=" + java.net.URLEncoder.encode("按钮题库.csv", java.nio.charset.StandardCharsets.UTF_8),
                bank, "Authorization", "Bearer " + ADMIN, "Content-Type", "text/csv").statusCode()).isEqualTo(200);
        driver.get(server.base() + "/");
        send("答题 按钮题库");
        waitFor().until(d -> !d.findElements(By.cssSelector(".msg.bot .choices .choice")).isEmpty());
        List<WebElement> buttons = driver.findElements(By.cssSelector(".msg.bot .choices .choice"));
        assertThat(buttons).extracting(WebElement::getText).containsExactly("A", "B", "C", "D");
        int before = botMessages().size();
        buttons.get(1).click();
        waitFor().until(d -> botMessages().size() > before);
        assertThat(botMessages().get(botMessages().size() - 1).getText()).contains("回答正确");
        assertThat(driver.findElements(By.cssSelector(".msg.mine .bubble"))).extracting(WebElement::getText).contains("B");
        assertThat(driver.findElements(By.cssSelector(".msg.bot .choices .choice"))).allSatisfy(b -> assertThat(b.isEnabled()).isFalse());
    }
}
