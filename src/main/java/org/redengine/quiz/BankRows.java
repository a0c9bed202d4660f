package org.redengine.quiz;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.redengine.knowledge.TextFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the rows of a bank file, CSV (UTF-8 or GB18030, detected) or XLSX (first sheet), as maps from header to
 * cell text, each with its row number as a spreadsheet shows it. A file that cannot be read throws.
 */
public final class BankRows {

    /** One data row: its number (the header is row 1) and its cells by header name. */
    public record Row(int number, Map<String, String> cells) {
        public String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.strip();
        }
    }

    private BankRows() {
    }

    public static List<Row> read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) return readXlsx(file);
        if (name.endsWith(".csv")) return readCsv(TextFiles.read(file));
        throw new IOException("不支持的题库格式（只支持 .csv 和 .xlsx）：" + file.getFileName());
    }

    static List<Row> readCsv(String text) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            List<String> header = null;
            for (CSVRecord r : parser) {
                if (header == null) {
                    header = new ArrayList<>();
                    for (String h : r) header.add(h.strip());
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) cells.put(header.get(i), i < r.size() ? r.get(i) : "");
                rows.add(new Row((int) r.getRecordNumber(), cells));
            }
            if (header == null) throw new IOException("文件是空的");
            requireHeader(header);
        } catch (UncheckedIOException e) {
            throw new IOException("CSV 格式错误：" + e.getCause().getMessage(), e);
        }
        return rows;
    }

    static List<Row> readXlsx(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = null;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
                    values.add(cell == null ? "" : format.formatCellValue(cell));
                }
                if (header == null) {
                    header = values.stream().map(String::strip).toList();
                    requireHeader(header);
                    continue;
                }
                if (values.stream().allMatch(String::isBlank)) continue;
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) cells.put(header.get(i), i < values.size() ? values.get(i) : "");
                rows.add(new Row(row.getRowNum() + 1, cells));
            }
            if (header == null) throw new IOException("工作表是空的");
        } catch (RuntimeException e) {
            throw new IOException("无法读取 Excel 文件：" + e.getClass().getSimpleName(), e);
        }
        return rows;
    }

    private static void requireHeader(List<String> header) throws IOException {
        for (String needed : List.of("题型", "题干", "答案")) {
            if (!header.contains(needed)) {
                throw new IOException("第一行必须是表头：题型,题干,选项A,…,选项F,答案,解析[,分类,难度,来源]（缺少“" + needed + "”）");
            }
        }
    }
}
