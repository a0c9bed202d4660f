package org.redengine.knowledge;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextAliasesTest {

    private static KnowledgeEntry passage(String... sentences) {
        return new KnowledgeEntry("article:a.md:0", KnowledgeEntry.Kind.ARTICLE, "人物", List.of(sentences), 0, "a.md", "a.md", List.of());
    }

    @Test
    void aNameThePeopleUseIsLearnedFromTheSentenceThatSaysSo() {
        assertThat(TextAliases.in("赵一曼在珠河一带领导抗日斗争，当地群众亲切地称她为“瘦李”。", ""))
                .containsExactly("赵一曼, 瘦李");
        // the pronoun's person is the subject of the sentence before; a saying in quotes names nobody
        assertThat(TextAliases.in("他那句“宁可少活二十年”成为誓言，人们称他为“铁人”。", "王进喜甩掉拐杖，跳进泥浆池，制服了井喷。"))
                .containsExactly("王进喜, 铁人");
        assertThat(TextAliases.in("“小萝卜头”名叫宋振中，父亲是宋绮云。", "")).containsExactly("宋振中, 小萝卜头");
        assertThat(TextAliases.in("王进喜，人称“铁人”，是大庆石油会战的标兵。", "")).containsExactly("王进喜, 铁人");
        // a place the segmenter may take for a name is no person (kb12: 华坪 of 华坪县 became 张妈妈)
        assertThat(TextAliases.in("从2001年起，张桂梅义务兼任华坪县儿童福利院院长，孩子们叫她“张妈妈”。", ""))
                .containsExactly("张桂梅, 张妈妈");
    }

    @Test
    void nothingIsLearnedWithoutAPersonOrFromAGroupsOwnRow() {
        assertThat(TextAliases.in("人们称它为“英雄树”。", "")).isEmpty();
        assertThat(TextAliases.in("大会的口号是“一起向未来”。", "")).isEmpty();
        // a word the segmenter guesses to be a name opens with no surname (少年时 is when, not who)
        assertThat(TextAliases.in("少年时，一位同学在给他的信中称他为“三强”。", "")).isEmpty();
        KnowledgeEntry scoped = new KnowledgeEntry("faq:g.csv:2", KnowledgeEntry.Kind.FAQ, "她是谁", List.of("江竹筠，人们亲切地称她“江姐”。"),
                0, "g.csv", "g.csv", List.of(), "wecom:group1");
        assertThat(TextAliases.learn(List.of(scoped)).isEmpty()).isTrue();
    }

    @Test
    void theShortFormOfANameTheEntryStatesIsNoOnesAlias() {
        // “三强” is 钱三强's own name: not an alias of his father, the person of the sentence before
        Synonyms learned = TextAliases.learn(List.of(passage("钱三强1913年出生在浙江绍兴。", "他的父亲钱玄同是语言文字学家。",
                "一位同学在给他的信中称他为“三强”。")));
        assertThat(learned.alternativesOf("三强")).isEmpty();
    }

    @Test
    void theLearnedNamesAreSynonymsBothWays() {
        Synonyms learned = TextAliases.learn(List.of(passage("江竹筠，1920年出生于四川自贡，人们亲切地称她“江姐”。", "1948年6月，江竹筠在万县被捕。")));
        assertThat(learned.alternativesOf("江姐")).containsExactly("江竹筠");
        assertThat(learned.alternativesOf("江竹筠")).containsExactly("江姐");
    }
}
