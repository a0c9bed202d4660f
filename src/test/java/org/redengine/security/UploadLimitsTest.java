package org.redengine.security;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;
import org.redengine.TestServer;
import org.redengine.app.Settings;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, findings 6, 8 and 11: the large upload limit only for real credentials; uploads bounded in rows and
 * cells (Excel read as a stream), versions stored compactly, and uploaded cells neutralised against formulas.
 */
class UploadLimitsTest {

    static final String TOKEN = "upload-admin";
    @TempDir
    static Path tmp;
    static TestServer server;
    static Path kb;

    @BeforeAll
    static void start() throws Exception {
        kb = TestKnowledge.write(tmp.resolve("kb"));
        server = new TestServer(new Settings("127.0.0.1", 0, tmp.resolve("data"), kb, tmp.resolve("q"),
                Settings.DEFAULT_THRESHOLD, 0, false).withDatabase(null, TOKEN));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private HttpResponse<String> upload(String name, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + "/api/admin/knowledge/upload?name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8))).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) b.headers(headers);
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void anyCookieNoLongerRaisesTheBodyLimit() throws Exception {
        byte[] megabyte = new byte[1024 * 1024];
        HttpResponse<String> forged = upload("x.csv", megabyte, "Cookie", "redengine_admin=made-up-session");
        assertThat(forged.statusCode()).isEqualTo(413);
        assertThat(forged.body()).contains("64 KiB");
        assertThat(upload("x.csv", megabyte, "Cookie", "anything=1").statusCode()).isEqualTo(413);
        // the admin token may send a large file (refused here for its content, not its size)
        assertThat(upload("x.csv", megabyte, "Authorization", "Bearer " + TOKEN).statusCode()).isNotEqualTo(413);
    }

    @Test
    void anExcelFileOverTheRowLimitIsRefusedWholeWithoutBeingBuiltInMemory() throws Exception {
        int before = server.engine().knowledge().current().base().faqs();
        HttpResponse<String> r = upload("huge.xlsx", xlsx(25_000), "Authorization", "Bearer " + TOKEN);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("20000");
        assertThat(server.engine().knowledge().current().base().faqs()).isEqualTo(before);
        assertThat(Files.exists(kb.resolve("faq/huge.csv"))).isFalse();
        // a large but allowed file goes in, and its version is stored compressed
        assertThat(upload("big.xlsx", xlsx(5_000), "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
        long fileChars = Files.readString(kb.resolve("faq/big.csv")).length();
        long stored = server.engine().database().read(c -> {
            try (var ps = c.prepareStatement("SELECT LENGTH(after_text) FROM kb_versions WHERE file = 'faq/big.csv'");
                 var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(stored).isLessThan(fileChars / 2);
    }

    @Test
    void uploadedCellsCannotStartASpreadsheetFormula() throws Exception {
        String csv = "问题,答案,来源\n恶意链接是什么？,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\",@SUM(1)\n";
        assertThat(upload("formula.csv", csv.getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
        String written = Files.readString(kb.resolve("faq/formula.csv"));
        assertThat(written).contains("'=HYPERLINK").contains("'@SUM(1)").doesNotContain(",=HYPERLINK").doesNotContain(",@SUM");
    }

    static byte[] xlsx(int rows) throws Exception {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet("问答");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("问题");
            header.createCell(1).setCellValue("答案");
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("第" + i + "号测试条目讲的是什么？");
                row.createCell(1).setCellValue("第" + i + "号测试条目讲的是编号为" + i + "的一件事。");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }
}
