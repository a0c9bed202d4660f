package org.redengine.knowledge.edit;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.redengine.knowledge.TextFiles;

import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
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

    /** The most rows a FAQ upload may have, and cells an Excel sheet may hold: a bigger file is refused (413). */
    static final int MAX_ROWS = 20_000;
    static final int MAX_CELLS = 400_000;

    /**
     * Where an upload goes and what it holds.
     *
     * @param original the uploaded text as it was, when it is a FAQ CSV (checked before it is rewritten), else null
     */
    record Converted(String file, String text, String original) {
    }

    /** The upload is larger than the server takes (HTTP 413). */
    static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    private Uploads() {
    }

    static Converted convert(String name, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        String base = KnowledgeEditor.safeBaseName(name.substring(0, Math.max(0, name.lastIndexOf('.'))));
        try {
            if (lower.endsWith(".md") || lower.endsWith(".txt")) {
                return new Converted("articles/" + base + lower.substring(lower.lastIndexOf('.')), TextFiles.decode(bytes), null);
            }
            if (lower.endsWith(".csv")) {
                String text = TextFiles.decode(bytes);
                List<FaqRow> rows = FaqFiles.read(text);
                if (rows.size() > MAX_ROWS) throw tooManyRows(rows.size());
                // rewritten by our writer: no cell can start a spreadsheet formula
                return new Converted("faq/" + base + ".csv", FaqFiles.write(rows), text);
            }
            if (lower.endsWith(".xlsx")) return new Converted("faq/" + base + ".csv", FaqFiles.write(xlsxRows(bytes)), null);
            if (lower.endsWith(".docx")) return new Converted("articles/" + base + ".md", docx(bytes), null);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("文件编码既不是 UTF-8 也不是 GB18030");
        }
        throw new IllegalArgumentException("只支持 .md、.txt、.csv、.xlsx、.docx 文件");
    }

    private static TooLarge tooManyRows(int rows) {
        return new TooLarge("文件太大：最多 " + MAX_ROWS + " 行问答（这个文件有 " + rows + " 行以上），请拆成几个文件上传");
    }

    /**
     * The first sheet's rows, read as a stream (POI's event API): the sheet is never built in memory, and reading
     * stops as soon as the file is over the row or cell limit, however far a small file inflates.
     */
    private static List<FaqRow> xlsxRows(byte[] bytes) {
        FaqSheet sheet = new FaqSheet();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) throw new IllegalArgumentException("Excel 工作簿里没有工作表");
            try (InputStream in = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, sheet, new DataFormatter(), false));
                parser.parse(new InputSource(in));
            }
        } catch (IllegalArgumentException | TooLarge e) {
            throw e;
        } catch (Exception e) {
            if (e.getCause() instanceof TooLarge t) throw t;
            throw new IllegalArgumentException("无法读取 Excel 文件：" + e.getClass().getSimpleName());
        }
        if (sheet.header) throw new IllegalArgumentException("Excel 工作表是空的");
        return sheet.rows;
    }

    /** Collects FAQ rows from sheet events, counting rows and cells as they come. */
    private static final class FaqSheet implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<FaqRow> rows = new ArrayList<>();
        final int[] at = {-1, -1, -1, -1};
        boolean header = true;
        int cells;
        List<String> current;

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            if (++cells > MAX_CELLS) throw new TooLarge("文件太大：Excel 最多 " + MAX_CELLS + " 个单元格，请拆成几个文件上传");
            int col = ref == null ? current.size() : new CellReference(ref).getCol();
            if (col > 64) return; // columns far to the right are not FAQ columns
            while (current.size() < col) current.add("");
            current.add(value == null ? "" : value.strip());
        }

        @Override
        public void endRow(int rowNum) {
            if (current.stream().allMatch(String::isBlank)) return;
            if (header) {
                List<String> names = List.of("问题", "答案", "来源", "标签");
                for (int c = 0; c < current.size(); c++) {
                    int i = names.indexOf(current.get(c));
                    if (i >= 0) at[i] = c;
                }
                if (at[0] < 0 || at[1] < 0) throw new IllegalArgumentException("Excel 第一行必须是表头：问题,答案[,来源,标签]");
                header = false;
                return;
            }
            if (rows.size() >= MAX_ROWS) throw tooManyRows(MAX_ROWS + 1);
            rows.add(new FaqRow(column(current, at[0]), column(current, at[1]), column(current, at[2]),
                    Arrays.stream(column(current, at[3]).split("[;；,，、\\s]+")).toList()));
        }
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
                if (md.length() > KnowledgeEditor.MAX_FILE_CHARS) {
                    throw new TooLarge("文件太大：一篇文章最多 " + KnowledgeEditor.MAX_FILE_CHARS / 1_000_000 + " 百万字");
                }
            }
        } catch (TooLarge e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("无法读取 Word 文件：" + e.getClass().getSimpleName());
        }
        if (md.isEmpty()) throw new IllegalArgumentException("Word 文件里没有文字");
        return md.toString();
    }

    private static String column(List<String> cells, int i) {
        return i >= 0 && i < cells.size() ? cells.get(i) : "";
    }
}
