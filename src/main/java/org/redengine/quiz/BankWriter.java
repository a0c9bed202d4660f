package org.redengine.quiz;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a bank in the admin-facing CSV format, UTF-8 with a byte-order mark so that Excel on Chinese Windows
 * opens it without mojibake. Written to a temporary file first and moved into place, so a reader never sees half a
 * bank.
 */
public final class BankWriter {

    public static final List<String> HEADER = List.of("题型", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F",
            "答案", "解析", "分类", "难度", "来源");

    private BankWriter() {
    }

    public static void write(Path file, List<Question> questions) throws IOException {
        java.io.StringWriter w = new java.io.StringWriter();
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            w.write('\uFEFF');
            csv.printRecord(HEADER);
            for (Question q : questions) {
                List<String> row = new ArrayList<>();
                row.add(q.type().chinese());
                row.add(q.stem());
                for (int i = 0; i < 6; i++) row.add(i < q.options().size() ? q.options().get(i) : "");
                row.add(q.answer());
                row.add(q.explanation());
                row.add(q.category());
                row.add(q.difficulty());
                row.add(q.source());
                csv.printRecord(row);
            }
        }
        org.redengine.storage.AtomicFiles.replace(file, w.toString().getBytes(StandardCharsets.UTF_8));
    }
}
