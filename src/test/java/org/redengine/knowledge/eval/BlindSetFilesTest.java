package org.redengine.knowledge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.redengine.knowledge.KnowledgeLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blind knowledge bases and their questions hold together: every knowledge base loads without problems, every
 * fact's keys occur word for word in the file it names (a correct answer must contain one), and every question
 * written from a fact accepts some of that fact's keys and no other (a question may ask one part of a fact: who wrote
 * the words of a song whose words and music are one fact). A fact that drifted from its file would make a right answer
 * count as wrong.
 */
class BlindSetFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Each facts file, its knowledge base and the question files written from it. */
    private static final List<String[]> SETS = List.of(
            new String[]{"facts.jsonl", "kb", "tune.jsonl", "test.jsonl", "tune-more.jsonl"},
            new String[]{"facts2.jsonl", "kb2", "tune-kb2.jsonl"},
            new String[]{"facts3.jsonl", "kb3", "tune-kb3.jsonl"},
            new String[]{"facts4.jsonl", "kb4", "tune-kb4.jsonl"},
            new String[]{"facts5.jsonl", "kb5", "tune-kb5.jsonl"},
            new String[]{"facts6.jsonl", "kb6", "tune-kb6.jsonl"},
            new String[]{"facts7.jsonl", "kb7", "tune-kb7.jsonl"},
            new String[]{"facts8.jsonl", "kb8", "tune-kb8.jsonl"},
            new String[]{"facts9.jsonl", "kb9", "tune-kb9.jsonl"},
            new String[]{"facts10.jsonl", "kb10", "tune-kb10.jsonl"},
            new String[]{"facts11.jsonl", "kb11", "tune-kb11.jsonl"},
            new String[]{"facts12.jsonl", "kb12", "tune-kb12.jsonl"},
            new String[]{"facts13.jsonl", "kb13", "tune-kb13.jsonl"},
            new String[]{"facts14.jsonl", "kb14", "tune-kb14.jsonl"},
            new String[]{"facts15.jsonl", "kb15", "tune-kb15.jsonl"},
            new String[]{"facts16.jsonl", "kb16", "tune-kb16.jsonl"},
            new String[]{"facts17.jsonl", "kb17", "tune-kb17.jsonl"},
            new String[]{"facts18.jsonl", "kb18", "tune-kb18.jsonl"},
            new String[]{"facts19.jsonl", "kb19", "tune-kb19.jsonl"},
            new String[]{"facts20.jsonl", "kb20", "tune-kb20.jsonl"},
            new String[]{"facts21.jsonl", "kb21", "tune-kb21.jsonl"},
            new String[]{"facts22.jsonl", "kb22", "tune-kb22.jsonl"},
            new String[]{"facts23.jsonl", "kb23", "tune-kb23.jsonl"},
            new String[]{"facts24.jsonl", "kb24", "tune-kb24.jsonl"},
            new String[]{"facts25.jsonl", "kb25", "tune-kb25.jsonl"},
            new String[]{"facts26.jsonl", "kb26", "tune-kb26.jsonl"},
            new String[]{"facts27.jsonl", "kb27", "tune-kb27.jsonl"},
            new String[]{"facts28.jsonl", "kb28", "tune-kb28.jsonl"},
            new String[]{"facts29.jsonl", "kb29", "tune-kb29.jsonl"},
            new String[]{"facts30.jsonl", "kb30", "tune-kb30.jsonl"},
            new String[]{"facts31.jsonl", "kb31", "tune-kb31.jsonl"},
            new String[]{"facts32.jsonl", "kb32", "tune-kb32.jsonl"});

    @Test
    void factsKeysAndQuestionsAgreeWithTheirKnowledgeBases() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String[] set : SETS) {
            Path kb = BlindSetQualityTest.BLIND.resolve(set[1]);
            assertThat(KnowledgeLoader.load(kb).problems()).as(set[1] + " loads cleanly").isEmpty();
            Map<String, JsonNode> facts = new HashMap<>();
            for (String line : Files.readAllLines(BlindSetQualityTest.BLIND.resolve(set[0]))) {
                if (line.isBlank()) continue;
                JsonNode f = JSON.readTree(line);
                facts.put(f.path("id").asText(), f);
                // a raw page's lines break anywhere, inside a key too: its text is compared as cleaning joins it
                String text = Files.readString(kb.resolve(f.path("file").asText())).replaceAll("\\s+", "");
                for (JsonNode key : f.path("keys")) {
                    if (!text.contains(key.asText().replaceAll("\\s+", ""))) problems.add(set[0] + " " + f.path("id").asText() + ": key " + key + " not in its file");
                }
            }
            for (int i = 2; i < set.length; i++) {
                for (String line : Files.readAllLines(BlindSetQualityTest.BLIND.resolve(set[i]))) {
                    if (line.isBlank()) continue;
                    JsonNode q = JSON.readTree(line);
                    if (!q.has("fact") || q.path("fact").isNull()) continue;
                    JsonNode f = facts.get(q.path("fact").asText());
                    if (f == null) problems.add(set[i] + ": no fact " + q.path("fact").asText());
                    else if (q.path("any").isEmpty() || !keys(f.path("keys")).containsAll(keys(q.path("any")))) {
                        problems.add(set[i] + ": " + q.path("q").asText() + " accepts keys its fact does not have");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<String> keys(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(k -> out.add(k.asText()));
        return out;
    }
}
