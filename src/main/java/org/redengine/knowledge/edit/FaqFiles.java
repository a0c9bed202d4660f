package org.redengine.knowledge.edit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import org.redengine.security.FormulaCells;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads FAQ rows from a CSV text and writes them back (header 问题,答案,来源,标签), for the editor. */
final class FaqFiles {

    private static final Map<String, Integer> COLUMNS = Map.of("问题", 0, "question", 0, "答案", 1, "answer", 1,
            "来源", 2, "source", 2, "标签", 3, "tags", 3, "范围", 4, "scope", 4);

    private FaqFiles() {
    }

    static List<FaqRow> read(String text) {
        List<FaqRow> rows = new ArrayList<>();
        if (text == null) return rows;
        try (CSVParser parser = CSVParser.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text),
                CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get())) {
            int[] at = {-1, -1, -1, -1, -1};
            boolean header = true;
            for (CSVRecord r : parser) {
                if (header) {
                    for (int c = 0; c < r.size(); c++) {
                        Integer role = COLUMNS.get(r.get(c).strip().toLowerCase(Locale.ROOT));
                        if (role != null) at[role] = c;
                    }
                    header = false;
                    continue;
                }
                if (r.size() == 1 && r.get(0).isBlank()) continue;
                rows.add(new FaqRow(get(r, at[0]), get(r, at[1]), get(r, at[2]),
                        Arrays.stream(get(r, at[3]).split("[;；,，、\\s]+")).toList(), get(r, at[4])));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("CSV 格式错误：" + e.getMessage(), e);
        }
        return rows;
    }

    static String write(List<FaqRow> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            // the 范围 column only in files that need it: files of global rows keep the four columns admins know
            boolean scoped = rows.stream().anyMatch(r -> !r.scope().isEmpty());
            if (scoped) p.printRecord("问题", "答案", "来源", "标签", "范围");
            else p.printRecord("问题", "答案", "来源", "标签");
            for (FaqRow r : rows) {
                // an admin may open this file in Excel: no cell may start a formula
                List<String> cells = new ArrayList<>(List.of(FormulaCells.neutralise(r.question()), FormulaCells.neutralise(r.answer()),
                        FormulaCells.neutralise(r.source()), FormulaCells.neutralise(String.join(" ", r.tags()))));
                if (scoped) cells.add(FormulaCells.neutralise(r.scope()));
                p.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String get(CSVRecord r, int column) {
        return column >= 0 && column < r.size() ? FormulaCells.restore(r.get(column)) : "";
    }
}
