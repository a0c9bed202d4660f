package org.redengine.knowledge;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class HonouredNamesTest {

    private static final Map<String, Integer> ENTRIES = Map.of("任弼时", 86, "任培国", 77, "任远志", 3, "孙家栋", 40, "孙中山", 40);

    private static String named(String question) {
        return HonouredNames.named(question, c -> ENTRIES.keySet().stream().filter(w -> w.charAt(0) == c)
                .collect(java.util.stream.Collectors.toSet()), w -> ENTRIES.getOrDefault(w, 0));
    }

    @Test
    void aSurnameAndLaoIsThePersonOfThatSurnameNamedMost() {
        // the segmenter reads 任老生于 as 任 / 老生: the surname stands alone
        assertThat(named("任老生于哪一年来着")).isEqualTo("任弼时生于哪一年来着");
        assertThat(named("任老留苏的时候读的哪所学校")).isEqualTo("任弼时留苏的时候读的哪所学校");
    }

    private static String namedToo(String question) {
        Map<String, Integer> all = new java.util.HashMap<>(ENTRIES);
        all.putAll(Map.of("陈景润", 30, "王若飞", 25));
        return HonouredNames.named(question, c -> all.keySet().stream().filter(w -> w.charAt(0) == c).collect(java.util.stream.Collectors.toSet()),
                g -> all.keySet().stream().filter(w -> w.length() == 3 && w.endsWith(g)).collect(java.util.stream.Collectors.toSet()),
                w -> all.getOrDefault(w, 0));
    }

    @Test
    void aGivenNameWithAWordOfRespectOrASurnameWithAPostIsThePersonNamedMost() {
        assertThat(namedToo("景润先生老家具体是哪个地方")).isEqualTo("陈景润先生老家具体是哪个地方");
        assertThat(namedToo("若飞同志生于哪年")).isEqualTo("王若飞同志生于哪年");
        assertThat(namedToo("王书记是哪年生人")).isEqualTo("王若飞书记是哪年生人");
        // the full name already typed, two of the surname named as often, a post's office
        assertThat(namedToo("陈景润先生是哪里人")).isEqualTo("陈景润先生是哪里人");
        assertThat(namedToo("孙书记讲的党课叫什么")).isEqualTo("孙书记讲的党课叫什么");
        assertThat(namedToo("王书记处在哪里")).isEqualTo("王书记处在哪里");
        assertThat(namedToo("党支部书记是谁")).isEqualTo("党支部书记是谁");
        assertThat(HonouredNames.named("九中初二4班的班主任叫啥名字", c -> c == '班' ? Set.of("班超然") : Set.of(), g -> Set.of(), w -> 9))
                .isEqualTo("九中初二4班的班主任叫啥名字");
    }

    @Test
    void noneIsReadWhereTheChoiceIsOpenOrTheWordsAreNoSurname() {
        // two people of the surname named as often: neither
        assertThat(named("孙老留苏时上的是什么学院")).isEqualTo("孙老留苏时上的是什么学院");
        // the end of a name (任弼时老家), a home (老家), a marshal by his two-character name (朱老总)
        assertThat(named("任弼时老家在哪")).isEqualTo("任弼时老家在哪");
        assertThat(named("任老家在哪里")).isEqualTo("任老家在哪里");
        assertThat(named("朱老总老家在四川什么地方")).isEqualTo("朱老总老家在四川什么地方");
        // no person of the surname at all
        assertThat(named("养老金怎么领")).isEqualTo("养老金怎么领");
        assertThat(HonouredNames.named("任老生于哪一年", c -> Set.of(), w -> 0)).isEqualTo("任老生于哪一年");
    }

    @Test
    void aSurnameMayStandForANameOfTwoCharacters() {
        Map<String, Integer> entries = Map.of("于漪", 12, "于敏", 3);
        java.util.function.Function<Character, Set<String>> from = c -> entries.keySet().stream().filter(w -> w.charAt(0) == c)
                .collect(java.util.stream.Collectors.toSet());
        assertThat(HonouredNames.named("于老师老家哪的", from, w -> entries.getOrDefault(w, 0))).isEqualTo("于漪老家哪的");
        // (老师 before a word beginning with 大 is still 老师: 于老师大学学的啥)
        assertThat(HonouredNames.named("于老师大学学的啥", from, w -> entries.getOrDefault(w, 0))).isEqualTo("于漪大学学的啥");
        // (the full name typed inside a longer word: no other of the surname is meant)
        Map<String, Integer> typed = Map.of("叶培建", 5, "叶坪", 40);
        assertThat(HonouredNames.named("叶培建星的铜匾是谁颁给叶老的", c -> typed.keySet(), g -> Set.of(), w -> typed.getOrDefault(w, 0)))
                .isEqualTo("叶培建星的铜匾是谁颁给叶老的");
        // (a word of the knowledge base that is the surname and post as typed, 沈书记, is no full name typed)
        Map<String, Integer> post = Map.of("沈浩", 30, "沈书记", 4);
        assertThat(HonouredNames.named("沈书记是哪年生人", c -> post.keySet(), g -> Set.of(), w -> post.getOrDefault(w, 0)))
                .isEqualTo("沈浩书记是哪年生人");
        // (a piece of a longer name is none: 时传 of 时传祥)
        Map<String, Integer> pieces = Map.of("时传祥", 5, "时传", 40);
        assertThat(HonouredNames.named("时师傅出生在哪一年", c -> pieces.keySet(), g -> Set.of(), w -> pieces.getOrDefault(w, 0)))
                .isEqualTo("时传祥出生在哪一年");
        // (the name typed in full stays as it is)
        assertThat(HonouredNames.named("于漪老师老家哪的", from, w -> entries.getOrDefault(w, 0))).isEqualTo("于漪老师老家哪的");
    }

    @Test
    void wordsOfRespectGoAndAForeignNameIsNoSurname() {
        // (马克思 is named in far more entries of an imported quiz bank, but 马 opens no surname in it)
        Map<String, Integer> entries = Map.of("马恒昌", 9, "马克思", 400, "叶剑英", 12, "李素丽", 10);
        java.util.function.Function<Character, Set<String>> from = c -> entries.keySet().stream().filter(w -> w.charAt(0) == c)
                .collect(java.util.stream.Collectors.toSet());
        assertThat(HonouredNames.named("马师傅哪年去世的", from, g -> Set.of(), w -> entries.getOrDefault(w, 0))).isEqualTo("马恒昌哪年去世的");
        assertThat(HonouredNames.named("叶先生生日是哪天", from, g -> Set.of(), w -> entries.getOrDefault(w, 0))).isEqualTo("叶剑英生日是哪天");
        assertThat(HonouredNames.named("李大姐她爸干啥的", from, g -> Set.of(), w -> entries.getOrDefault(w, 0))).isEqualTo("李素丽她爸干啥的");
        // (a word of respect after a character that is no common surname is no person's: 德先生 is democracy)
        Map<String, Integer> virtues = Map.of("德怀特", 30);
        assertThat(HonouredNames.named("德先生和赛先生分别指什么", c -> virtues.keySet(), g -> Set.of(), w -> virtues.getOrDefault(w, 0)))
                .isEqualTo("德先生和赛先生分别指什么");
        // (a form of respect the knowledge base taught as someone's name stays as typed: the synonyms read it)
        Map<String, Integer> taught = Map.of("蔡京", 40, "蔡畅", 8);
        assertThat(HonouredNames.named("蔡大姐老家在哪", c -> taught.keySet(), g -> Set.of(), w -> taught.getOrDefault(w, 0), "蔡大姐"::equals))
                .isEqualTo("蔡大姐老家在哪");
        // (a post stays: it is asked about)
        assertThat(HonouredNames.named("马厂长哪年去世的", from, g -> Set.of(), w -> entries.getOrDefault(w, 0))).isEqualTo("马恒昌厂长哪年去世的");
    }
}
