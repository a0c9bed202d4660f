package org.redengine.knowledge.edit;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.redengine.knowledge.TextFiles;

import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns an uploaded file into the knowledge directory's own formats: .md/.txt stay articles (decoded from UTF-8 or
 * GB18030), .docx becomes a Markdown article (headings kept), .csv and .xlsx become a FAQ CSV.
 */
final class Uploads {

    /** Where an upload goes and what it holds. */
    record Converted(String file, String text) {
    }

    private Uploads() {
    }

    static Converted convert(String name, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        String base = KnowledgeEditor.safeBaseName(name.substring(0, Math.max(0, name.lastIndexOf('.'))));
        try {
            if (lower.endsWith(".md") || lower.endsWith(".txt")) {
                return new Converted("articles/" + base + lower.substring(lower.lastIndexOf('.')), TextFiles.decode(bytes));
            }
            if (lower.endsWith(".csv")) return new Converted("faq/" + base + ".csv", TextFiles.decode(bytes));
            if (lower.endsWith(".xlsx")) return new Converted("faq/" + base + ".csv", FaqFiles.write(xlsxRows(bytes)));
            if (lower.endsWith(".docx")) return new Converted("articles/" + base + ".md", docx(bytes));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("文件编码既不是 UTF-8 也不是 GB18030");
        }
        throw new IllegalArgumentException("只支持 .md、.txt、.csv、.xlsx、.docx 文件");
    }

    private static List<FaqRow> xlsxRows(byte[] bytes) {
        List<FaqRow> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            int[] at = {-1, -1, -1, -1};
            boolean header = true;
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)).strip());
                }
                if (cells.stream().allMatch(String::isBlank)) continue;
                if (header) {
                    List<String> names = List.of("问题", "答案", "来源", "标签");
                    for (int c = 0; c < cells.size(); c++) {
                        int i = names.indexOf(cells.get(c));
                        if (i >= 0) at[i] = c;
                    }
                    if (at[0] < 0 || at[1] < 0) throw new IllegalArgumentException("Excel 第一行必须是表头：问题,答案[,来源,标签]");
                    header = false;
                    continue;
                }
                rows.add(new FaqRow(cell(cells, at[0]), cell(cells, at[1]), cell(cells, at[2]),
                        Arrays.stream(cell(cells, at[3]).split("[;；,，、\\s]+")).toList()));
            }
            if (header) throw new IllegalArgumentException("Excel 工作表是空的");
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("无法读取 Excel 文件：" + e.getClass().getSimpleName());
        }
        return rows;
    }

    private static String docx(byte[] bytes) {
        StringBuilder md = new StringBuilder();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            boolean titled = false;
            for (XWPFParagraph p : doc.getParagraphs()) {
                String text = p.getText().strip();
                if (text.isEmpty()) continue;
                String style = p.getStyle() == null ? "" : p.getStyle().toLowerCase(Locale.ROOT);
                if (!titled) {
                    md.append("# ").append(text).append("\n\n"); // the first paragraph is the title
                    titled = true;
                } else if (style.startsWith("heading") || style.startsWith("title") || style.matches("\\d")) {
                    md.append("## ").append(text).append("\n\n");
                } else {
                    md.append(text).append("\n\n");
                }
            }
        } catch (Exception e) {
            throw new IllegalArgumentException("无法读取 Word 文件：" + e.getClass().getSimpleName());
        }
        if (md.isEmpty()) throw new IllegalArgumentException("Word 文件里没有文字");
        return md.toString();
    }

    private static String cell(List<String> cells, int i) {
        return i >= 0 && i < cells.size() ? cells.get(i) : "";
    }
}
