package org.redengine.knowledge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redengine.knowledge.KnowledgeEntry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns the public 学习强国 challenge bank ({@code {"stem|opt|opt": "answer"}}) into FAQ rows that evaluation
 * adds beside the knowledge base as distractors: the question is the stem, the answer the stem with its blank
 * filled in.
 */
public final class Distractors {

    public static final String SOURCE = "学习强国挑战答题题库（github.com/mondayfirst/XXQG_TiKu，GPL-3.0）";
    private static final String BLANK = "\u00a0".repeat(8);

    private Distractors() {
    }

    public static List<KnowledgeEntry> fromChallengeBank(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.isObject()) {
            throw new IOException(file + " 不是题库格式（应为 JSON 对象）");
        }
        List<KnowledgeEntry> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.fields();
        int n = 0;
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String stem = e.getKey().split("\\|", -1)[0].strip();
            String answer = e.getValue().asText();
            if (stem.isEmpty() || answer.isEmpty()) continue;
            // as a FAQ row the bank would be imported as: the stem, and its answer made to stand alone
            String question = stem.replace(BLANK, "（　）");
            out.add(new KnowledgeEntry("distractor:" + (++n), KnowledgeEntry.Kind.FAQ, question,
                    List.of(org.redengine.knowledge.FaqAnswers.standAlone(question, answer)), 0, SOURCE, "xxqg", List.of()));
        }
        return out;
    }
}
