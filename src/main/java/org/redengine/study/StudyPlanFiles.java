package org.redengine.study;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads study plans from the files organizers keep: YAML (English or Chinese keys, with optional schedules) or an
 * Excel sheet with the columns 阶段, 专题, 开始日期, 结束日期, 阅读材料. Every problem is reported with where it is;
 * a plan with any problem is rejected whole.
 */
public final class StudyPlanFiles {

    /** A plan as uploaded, with the schedules it asks for (none from Excel). */
    public record Upload(StudyPlan plan, List<ScheduleSpec> schedules) {
    }

    public record ScheduleSpec(Schedule.Kind kind, List<Integer> days, LocalTime at, boolean enabled) {
    }

    /** The file could not be used; {@code problems} says why, each with its place. */
    public static final class PlanException extends Exception {
        private final List<String> problems;

        public PlanException(List<String> problems) {
            super(String.join("；", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    @JsonIgnoreProperties(ignoreUnknown = false)
    record PlanDoc(@JsonAlias("标题") String title, @JsonAlias("阶段") List<PhaseDoc> phases,
                   @JsonAlias("定时") List<ScheduleDoc> schedules) {
    }

    record PhaseDoc(@JsonAlias("名称") String name, @JsonAlias("专题") List<TopicDoc> topics) {
    }

    record TopicDoc(@JsonAlias("标题") String title, @JsonAlias("开始") String from, @JsonAlias("结束") String to,
                    @JsonAlias("阅读") List<String> readings) {
    }

    record ScheduleDoc(@JsonAlias("类型") String kind, @JsonAlias("星期") List<Integer> days, @JsonAlias("时间") String at,
                       @JsonAlias("启用") Boolean enabled) {
    }

    private StudyPlanFiles() {
    }

    /** Reads a plan from YAML or XLSX bytes, told apart by content (an XLSX file is a zip). */
    public static Upload read(byte[] bytes) throws PlanException {
        if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') return readXlsx(bytes);
        return readYaml(bytes);
    }

    static Upload readYaml(byte[] bytes) throws PlanException {
        PlanDoc doc;
        try {
            doc = YAML.readValue(bytes, PlanDoc.class);
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            // a misspelt key (titel): say which, where, and what the keys are, in words an organizer reads
            List<String> known = e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            StringBuilder where = new StringBuilder();
            for (var ref : e.getPath().subList(0, Math.max(0, e.getPath().size() - 1))) {
                where.append(ref.getFieldName() != null ? ref.getFieldName() : "第 " + (ref.getIndex() + 1) + " 项").append(' ');
            }
            throw new PlanException(List.of((where.isEmpty() ? "" : "在 " + where.toString().strip() + " 里：") + "不认识的字段“"
                    + e.getPropertyName() + "”（可以用的字段：" + String.join("、", known) + "）"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "第 " + e.getLocation().getLineNr() + " 行：";
            throw new PlanException(List.of(where + "YAML 格式错误，请检查缩进、冒号和引号"));
        } catch (Exception e) {
            throw new PlanException(List.of("无法读取这个计划文件"));
        }
        if (doc == null) throw new PlanException(List.of("文件是空的"));
        List<String> problems = new ArrayList<>();
        List<StudyPlan.Phase> phases = new ArrayList<>();
        if (doc.phases() == null || doc.phases().isEmpty()) problems.add("计划里没有阶段（phases）");
        else {
            for (int p = 0; p < doc.phases().size(); p++) {
                PhaseDoc pd = doc.phases().get(p);
                String where = "第" + (p + 1) + "个阶段";
                if (pd == null || blank(pd.name())) {
                    problems.add(where + "缺少名称（name）");
                    continue;
                }
                List<StudyPlan.Topic> topics = new ArrayList<>();
                if (pd.topics() == null || pd.topics().isEmpty()) problems.add(where + "“" + pd.name() + "”没有专题（topics）");
                else for (int t = 0; t < pd.topics().size(); t++) {
                    TopicDoc td = pd.topics().get(t);
                    StudyPlan.Topic topic = topic(where + "第" + (t + 1) + "个专题", td == null ? null : td.title(),
                            td == null ? null : td.from(), td == null ? null : td.to(), td == null ? null : td.readings(), problems);
                    if (topic != null) topics.add(topic);
                }
                phases.add(new StudyPlan.Phase(pd.name().strip(), topics));
            }
        }
        List<ScheduleSpec> schedules = new ArrayList<>();
        if (doc.schedules() != null) {
            for (int i = 0; i < doc.schedules().size(); i++) {
                ScheduleDoc sd = doc.schedules().get(i);
                String where = "第" + (i + 1) + "个定时任务";
                try {
                    if (sd == null || blank(sd.kind()) || blank(sd.at()) || sd.days() == null || sd.days().isEmpty()) {
                        throw new IllegalArgumentException("需要 kind、days 和 at");
                    }
                    for (int d : sd.days()) if (d < 1 || d > 7) throw new IllegalArgumentException("days 应是 1（周一）到 7（周日）");
                    schedules.add(new ScheduleSpec(Schedule.Kind.of(sd.kind().strip()), sd.days(), time(sd.at()), sd.enabled() == null || sd.enabled()));
                } catch (IllegalArgumentException e) {
                    problems.add(where + "：" + e.getMessage());
                }
            }
        }
        return finish(doc.title(), phases, schedules, problems);
    }

    static Upload readXlsx(byte[] bytes) throws PlanException {
        List<String> problems = new ArrayList<>();
        Map<String, List<StudyPlan.Topic>> byPhase = new LinkedHashMap<>();
        String title;
        DataFormatter format = new DataFormatter();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            title = sheet.getSheetName();
            List<String> header = null;
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) cells.add(cell(row.getCell(c), format));
                if (cells.stream().allMatch(String::isBlank)) continue;
                if (header == null) {
                    header = cells.stream().map(String::strip).toList();
                    for (String need : List.of("阶段", "专题", "开始日期", "结束日期")) {
                        if (!header.contains(need)) problems.add("表头缺少“" + need + "”列（应为：阶段,专题,开始日期,结束日期,阅读材料）");
                    }
                    if (!problems.isEmpty()) throw new PlanException(problems);
                    continue;
                }
                List<String> h = header;
                java.util.function.Function<String, String> get = name -> {
                    int i = h.indexOf(name);
                    return i >= 0 && i < cells.size() ? cells.get(i).strip() : "";
                };
                String where = "第" + (row.getRowNum() + 1) + "行";
                String phase = get.apply("阶段");
                if (phase.isEmpty()) {
                    problems.add(where + "：缺少阶段");
                    continue;
                }
                String readings = get.apply("阅读材料");
                StudyPlan.Topic topic = topic(where, get.apply("专题"), get.apply("开始日期"), get.apply("结束日期"),
                        readings.isEmpty() ? List.of() : Arrays.stream(readings.split("[；;|\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                        problems);
                if (topic != null) byPhase.computeIfAbsent(phase, k -> new ArrayList<>()).add(topic);
            }
            if (header == null) problems.add("工作表是空的");
        } catch (PlanException e) {
            throw e;
        } catch (Exception e) {
            throw new PlanException(List.of("无法读取 Excel 文件：" + e.getClass().getSimpleName()));
        }
        List<StudyPlan.Phase> phases = new ArrayList<>();
        byPhase.forEach((name, topics) -> phases.add(new StudyPlan.Phase(name, topics)));
        if (phases.isEmpty() && problems.isEmpty()) problems.add("计划里没有专题");
        return finish(title, phases, List.of(), problems);
    }

    private static Upload finish(String title, List<StudyPlan.Phase> phases, List<ScheduleSpec> schedules, List<String> problems)
            throws PlanException {
        if (!problems.isEmpty()) throw new PlanException(problems);
        return new Upload(new StudyPlan(blank(title) ? "学习计划" : title.strip(), phases), schedules);
    }

    private static StudyPlan.Topic topic(String where, String title, String from, String to, List<String> readings, List<String> problems) {
        if (blank(title)) {
            problems.add(where + "：缺少专题名称");
            return null;
        }
        LocalDate f = date(from), t = date(to);
        if (f == null) problems.add(where + "（" + title + "）：开始日期“" + nullToEmpty(from) + "”不是日期，应写成 2026-11-02");
        if (t == null) problems.add(where + "（" + title + "）：结束日期“" + nullToEmpty(to) + "”不是日期，应写成 2026-11-08");
        if (f != null && t != null && t.isBefore(f)) {
            problems.add(where + "（" + title + "）：结束日期早于开始日期");
            return null;
        }
        return f == null || t == null ? null : new StudyPlan.Topic(title.strip(), f, t, readings);
    }

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy年M月d日"),
            DateTimeFormatter.ofPattern("yyyy.M.d"));

    static LocalDate date(String text) {
        if (blank(text)) return null;
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(text.strip(), f);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return null;
    }

    static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.strip().replace('：', ':').length() == 4 ? "0" + text.strip().replace('：', ':') : text.strip().replace('：', ':'));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("时间“" + text + "”应写成 08:00");
        }
    }

    private static String cell(Cell cell, DataFormatter format) {
        if (cell == null) return "";
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return format.formatCellValue(cell);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
