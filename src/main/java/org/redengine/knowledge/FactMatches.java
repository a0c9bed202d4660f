package org.redengine.knowledge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Every match of a fact pattern (a date, a count, a place's ending…) in a text, remembered. The answer checks run
 * the same patterns over the same knowledge-base sentences for question after question, and the costly ones (a
 * place's ending after up to eight characters, tried at every character) made regular expressions about half of the
 * Java time spent answering. Bounded, like {@link org.redengine.knowledge.analysis.ChineseSegmenter#namesIn}'s cache; a pattern is
 * known by its text and flags, so one compiled anew for each question (a date part asked) still finds its matches.
 */
final class FactMatches {
    private record Key(String pattern, int flags, String text) {}

    private static final Cache<Key, List<MatchResult>> MATCHES = Caffeine.newBuilder().maximumSize(100_000).build();

    private FactMatches() {}

    /** Every match of the pattern in the text, left to right, as {@link Matcher#find()} finds them. */
    static List<MatchResult> in(Pattern pattern, String text) {
        return MATCHES.get(new Key(pattern.pattern(), pattern.flags(), text), k -> {
            Matcher m = pattern.matcher(text);
            List<MatchResult> found = null;
            while (m.find()) {
                if (found == null) found = new ArrayList<>(2);
                found.add(m.toMatchResult());
            }
            return found == null ? List.of() : List.copyOf(found);
        });
    }

    /** Whether the pattern occurs in the text. */
    static boolean found(Pattern pattern, String text) {
        return !in(pattern, text).isEmpty();
    }
}
