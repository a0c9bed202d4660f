package org.redengine.knowledge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redengine.knowledge.TextNormalizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One evaluation question: {@code {"q":"…","any":["…"],"all":["…"]}}; with neither {@code any} nor {@code all}
 * it is out of scope and must get a fallback.
 */
public record EvalQuestion(String question, List<String> any, List<String> all, int line) {

    public boolean inScope() {
        return !any.isEmpty() || !all.isEmpty();
    }

    /** True when an answer text contains one of {@code any} (if given) and all of {@code all}. */
    public boolean acceptedBy(String answer) {
        String a = comparable(answer);
        boolean anyOk = any.isEmpty() || any.stream().anyMatch(x -> a.contains(comparable(x)));
        boolean allOk = all.stream().allMatch(x -> a.contains(comparable(x)));
        return anyOk && allOk;
    }

    /** Quotation marks of any style, one mark: an answer quoting 海宝's "人" in straight quotes says what “人” says. */
    private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[\"“”„‟「」『』'‘’‚‛]");

    /** Text as answers and keys are compared: normalised, without spaces, every quotation mark alike. */
    static String comparable(String text) {
        return QUOTES.matcher(TextNormalizer.normalize(text).replace(" ", "")).replaceAll("\"");
    }

    public static List<EvalQuestion> read(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<EvalQuestion> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("//")) continue;
            JsonNode n;
            try {
                n = mapper.readTree(line);
            } catch (IOException e) {
                throw new IOException(file + ":" + (i + 1) + ": 不是合法的 JSON");
            }
            if (n == null || !n.isObject() || !n.path("q").isTextual() || n.path("q").asText().isBlank()) {
                throw new IOException(file + ":" + (i + 1) + ": 每行必须是含有 \"q\" 的 JSON 对象");
            }
            out.add(new EvalQuestion(n.get("q").asText(), strings(n.get("any")), strings(n.get("all")), i + 1));
        }
        return out;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        } else if (n != null && n.isTextual()) {
            out.add(n.asText());
        }
        return out;
    }
}
