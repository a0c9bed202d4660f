package org.redengine.study;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plans from YAML (English or Chinese keys) and Excel; every problem reported with its place, nothing half-read. */
class StudyPlanFilesTest {

    @Test
    void theBundledExampleReadsWithPhasesTopicsAndSchedules() throws Exception {
        byte[] bytes;
        try (InputStream in = StudyPlanFilesTest.class.getResourceAsStream("/web/examples/study-plan.yaml")) {
            bytes = in.readAllBytes();
        }
        StudyPlanFiles.Upload u = StudyPlanFiles.read(bytes);
        assertThat(u.plan().phases()).hasSize(3);
        assertThat(u.plan().topicCount()).isEqualTo(5);
        assertThat(u.plan().topicOn(LocalDate.parse("2026-11-18")).topic().title()).isEqualTo("遵义会议");
        assertThat(u.schedules()).extracting(StudyPlanFiles.ScheduleSpec::kind).containsExactly(Schedule.Kind.STUDY, Schedule.Kind.REMINDER);
        assertThat(u.schedules().get(1).at()).isEqualTo(LocalTime.of(20, 0));
    }

    @Test
    void chineseKeysWork() throws Exception {
        String yaml = """
                标题: 支部学习计划
                阶段:
                  - 名称: 第一阶段
                    专题:
                      - 标题: 建党精神
                        开始: 2026/12/1
                        结束: 2026年12月7日
                        阅读: [中国共产党第一次全国代表大会]
                """;
        StudyPlan plan = StudyPlanFiles.read(yaml.getBytes(StandardCharsets.UTF_8)).plan();
        assertThat(plan.title()).isEqualTo("支部学习计划");
        assertThat(plan.phases().get(0).topics().get(0).to()).isEqualTo(LocalDate.parse("2026-12-07"));
    }

    @Test
    void everyProblemIsReportedAndThePlanRejected() {
        String yaml = """
                title: 有问题的计划
                phases:
                  - name: 第一阶段
                    topics:
                      - title: 甲
                        from: 2026-13-01
                        to: 2026-12-07
                      - title: 乙
                        from: 2026-12-09
                        to: 2026-12-08
                  - topics: []
                schedules:
                  - kind: 周报
                    days: [1]
                    at: "08:00"
                """;
        assertThatThrownBy(() -> StudyPlanFiles.read(yaml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StudyPlanFiles.PlanException.class)
                .satisfies(e -> assertThat(((StudyPlanFiles.PlanException) e).problems())
                        .anyMatch(p -> p.contains("开始日期“2026-13-01”不是日期"))
                        .anyMatch(p -> p.contains("结束日期早于开始日期"))
                        .anyMatch(p -> p.contains("第2个阶段缺少名称"))
                        .anyMatch(p -> p.contains("未知的定时任务：周报")));
        assertThatThrownBy(() -> StudyPlanFiles.read("phases: [unclosed".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("YAML 格式错误");
        // issue 14: a misspelt key is named in Chinese with the keys there are, never Jackson's English
        assertThatThrownBy(() -> StudyPlanFiles.read("title: x\ntitel: 1\n".getBytes(StandardCharsets.UTF_8)))
                .satisfies(e -> assertThat(((StudyPlanFiles.PlanException) e).problems()).singleElement().satisfies(p ->
                        assertThat(p).contains("不认识的字段“titel”").contains("可以用的字段")
                                .doesNotContain("Unrecognized").doesNotContain("class")));
    }

    @Test
    void excelSheetsWithDateCellsOrTextDates() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = book.createSheet("冬季学习计划");
            String[] header = {"阶段", "专题", "开始日期", "结束日期", "阅读材料"};
            Row h = s.createRow(0);
            for (int i = 0; i < header.length; i++) h.createCell(i).setCellValue(header[i]);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row r1 = s.createRow(1);
            r1.createCell(0).setCellValue("第一阶段");
            r1.createCell(1).setCellValue("遵义会议");
            r1.createCell(2).setCellValue(LocalDate.parse("2026-11-16"));
            r1.getCell(2).setCellStyle(date);
            r1.createCell(3).setCellValue("2026-11-22");
            r1.createCell(4).setCellValue("遵义会议；长征");
            Row r2 = s.createRow(2);
            r2.createCell(0).setCellValue("第二阶段");
            r2.createCell(1).setCellValue("抗日战争");
            r2.createCell(2).setCellValue("2026/11/23");
            r2.createCell(3).setCellValue("2026/11/29");
            book.write(out);
            xlsx = out.toByteArray();
        }
        StudyPlanFiles.Upload u = StudyPlanFiles.read(xlsx);
        assertThat(u.plan().title()).isEqualTo("冬季学习计划");
        assertThat(u.plan().phases()).extracting(StudyPlan.Phase::name).containsExactly("第一阶段", "第二阶段");
        StudyPlan.Topic t = u.plan().phases().get(0).topics().get(0);
        assertThat(t.from()).isEqualTo(LocalDate.parse("2026-11-16"));
        assertThat(t.readings()).containsExactly("遵义会议", "长征");
        assertThatThrownBy(() -> StudyPlanFiles.read(new byte[] {'P', 'K', 3, 4, 1, 2}))
                .hasMessageContaining("无法读取 Excel 文件");
    }

    @Test
    void weekdaysInChinese() {
        assertThat(Schedule.parseDays("周一到周五")).hasSize(5);
        assertThat(Schedule.parseDays("每天")).hasSize(7);
        assertThat(Schedule.parseDays("周六、周日")).extracting(d -> d.getValue()).containsExactly(6, 7);
        assertThat(Schedule.parseDays("1,3,5")).extracting(d -> d.getValue()).containsExactly(1, 3, 5);
        assertThatThrownBy(() -> Schedule.parseDays("周八")).hasMessageContaining("没有看懂日期");
    }
}
