package org.redengine.knowledge;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactMatchesTest {
    private static final String SENTENCE = "1927年8月7日，中共中央在汉口三教街41号召开紧急会议，到会21人。";

    @Test
    void findsEveryMatchInOrderWithItsGroups() {
        List<MatchResult> found = FactMatches.in(Pattern.compile("(\\d+)([年月日号人])"), SENTENCE);
        assertEquals(List.of("1927年", "8月", "7日", "41号", "21人"), found.stream().map(MatchResult::group).toList());
        assertEquals("41", found.get(3).group(1));
        assertEquals(SENTENCE.indexOf("41号"), found.get(3).start());
    }

    @Test
    void aPatternCompiledAgainIsTheSamePatternButOtherFlagsAreNot() {
        String text = "Party and PARTY, party";
        assertEquals(1, FactMatches.in(Pattern.compile("party"), text).size());
        // remembered under the pattern's text: a second compilation finds the same
        assertEquals(1, FactMatches.in(Pattern.compile("party"), text).size());
        // but with other flags it is another pattern, not the one remembered
        assertEquals(3, FactMatches.in(Pattern.compile("party", Pattern.CASE_INSENSITIVE), text).size());
    }

    @Test
    void foundIsWhetherAnyMatch() {
        assertTrue(FactMatches.found(Pattern.compile("\\d+号"), SENTENCE));
        assertFalse(FactMatches.found(Pattern.compile("\\d+岁"), SENTENCE));
        assertTrue(FactMatches.in(Pattern.compile("\\d+岁"), SENTENCE).isEmpty());
    }
}
