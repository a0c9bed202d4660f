package org.redengine.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTermsTest {

    @Test
    void theWaysMembersOpenAQuestionAreNotItsContent() {
        Synonyms none = Synonyms.NONE;
        // (周汇朝学 is one word only once a knowledge base has taught it to the segmenter)
        assertThat(String.join("", QueryTerms.of("我想问一下，什么是“周汇朝学”呀", none).terms().stream()
                .map(QueryTerms.Term::text).toList())).isEqualTo("周汇朝学");
        // however the segmenter splits the topic (other tests may have taught it words), no opener is left
        assertThat(String.join("", QueryTerms.of("打听一下遵义会议哪年开的来着", none).terms().stream()
                .map(QueryTerms.Term::text).toList())).startsWith("遵义会议").doesNotContain("打听", "来着");
    }

    @Test
    void aTitleAfterANameAndTheWaysAQuestionIsPutToTheGroupAreNotContent() {
        Synonyms none = Synonyms.NONE;
        assertThat(QueryTerms.of("杨靖宇将军在哪里牺牲的", none).terms().stream().map(QueryTerms.Term::text))
                .contains("杨靖宇").doesNotContain("将军");
        // a title alone is content (which general is asked about is the question)
        assertThat(QueryTerms.of("哪位将军指挥了平型关大捷", none).terms().stream().map(QueryTerms.Term::text)).contains("将军");
        assertThat(String.join("", QueryTerms.of("考考大家：突然想不起来了，群里有人知道遵义会议哪年开的吗", none).terms().stream()
                .map(QueryTerms.Term::text).toList())).startsWith("遵义会议").doesNotContain("考考", "大家", "群里", "想不起来");
        // 谁知道 opening a question asks the group: it is no who-question
        assertThat(QueryTerms.of("谁知道刘志丹的字是什么", none).kind()).isEqualTo(QuestionKind.OTHER);
        assertThat(QueryTerms.of("有人知道红军长征走了多少里吗", none).kind()).isEqualTo(QuestionKind.COUNT);
        assertThat(QueryTerms.of("谁领导了百色起义", none).kind()).isEqualTo(QuestionKind.WHO);
    }

    @Test
    void aPhraseThatAsksWeighsLessThanTheTopic() {
        // 哪里人 is a built-in synonym phrase (故乡, 出生在), kept for finding the text; but the answer says 湖南宁乡人,
        // so the phrase must not outweigh the person asked about
        java.util.Map<String, Double> weights = new java.util.HashMap<>();
        QueryTerms.of("刘少奇是哪里人", Synonyms.builtIn()).terms().forEach(t -> weights.put(t.text(), t.topicWeight()));
        assertThat(weights).containsEntry("刘少奇", 1.0).containsEntry("哪里人", 0.3);
    }

    @Test
    void theKindOfThingAskedWhichOneOfIsNotTheTopic() {
        Synonyms none = Synonyms.NONE;
        // the answer names the city (郑州), not 城市
        assertThat(QueryTerms.of("焦裕禄在哪个城市去世的", none).terms().stream().map(QueryTerms.Term::text))
                .contains("焦裕禄").doesNotContain("城市");
        assertThat(QueryTerms.of("蛇口工业区是哪家单位办的", none).terms().stream().map(QueryTerms.Term::text)).doesNotContain("单位");
        assertThat(QueryTerms.of("抗洪精神是哪位领导人总结出来的", none).terms().stream().map(QueryTerms.Term::text))
                .doesNotContain("领导人");
        // not asked which one of: the word is the topic
        assertThat(QueryTerms.of("首批沿海开放城市有几个", none).terms().stream().map(QueryTerms.Term::text)).contains("城市");
    }

    @Test
    void aNameTheSegmenterGluedToAQuestionWordIsNoContent() {
        Synonyms none = Synonyms.NONE;
        // HanLP's name recogniser reads 时几岁 and 米? as names; no text could cover them
        assertThat(QueryTerms.of("焦裕禄逝世时几岁", none).terms().stream().map(QueryTerms.Term::text))
                .contains("焦裕禄").noneMatch(t -> t.contains("几"));
        assertThat(QueryTerms.of("泸定桥全长多少米?", none).terms().stream().map(QueryTerms.Term::text))
                .noneMatch(t -> t.contains("?"));
        // a real name that opens with 时 is kept
        assertThat(QueryTerms.of("时传祥那句名言是什么", none).terms().stream().map(QueryTerms.Term::text)).contains("时传祥");
    }

    @Test
    void aNumberIsFoundInEitherWriting() {
        assertThat(QueryTerms.withNumberForm("十四", java.util.Set.of())).containsExactly("14");
        assertThat(QueryTerms.withNumberForm("二十", java.util.Set.of())).containsExactly("20");
        assertThat(QueryTerms.withNumberForm("40", java.util.Set.of())).containsExactly("四十");
        assertThat(QueryTerms.withNumberForm("15", java.util.Set.of())).containsExactly("十五");
        // single digits, years and names are left alone
        assertThat(QueryTerms.withNumberForm("1921", java.util.Set.of())).isEmpty();
        assertThat(QueryTerms.withNumberForm("五四", java.util.Set.of())).isEmpty();
        assertThat(QueryTerms.withNumberForm("05", java.util.Set.of())).isEmpty();
    }

    @Test
    void aThatTypedForWhichAsksWhenNothingElseDoes() {
        Synonyms none = Synonyms.NONE;
        assertThat(QueryTerms.of("郭永怀因为坠机牺牲是那一天？", none).kind()).isEqualTo(QuestionKind.WHEN);
        assertThat(QueryTerms.of("周恩来的出生地是江苏那个城市？", none).kind()).isEqualTo(QuestionKind.WHERE);
        assertThat(QueryTerms.asked("李立三是湖南那里人")).isEqualTo("李立三是湖南哪里人");
        // a demonstrative that points at something, or with another word asking, is left alone
        assertThat(QueryTerms.asked("平江起义那天晚上下没下雨")).isEqualTo("平江起义那天晚上下没下雨");
        assertThat(QueryTerms.asked("那天是几号")).isEqualTo("那天是几号");
    }

    @Test
    void ourCountryIsNoTopic() {
        // every entry is about it: the word 国家 in some sentence (国家在必要时…) does not answer for it
        assertThat(QueryTerms.asked("咱国家头一部宪法是什么时候通过的")).isEqualTo("第一部宪法是什么时候通过的");
        assertThat(QueryTerms.asked("咱们国家第一个上太空的女航天员叫啥")).isEqualTo("第一个上太空的女航天员叫啥");
        assertThat(QueryTerms.asked("国家主席是谁")).isEqualTo("国家主席是谁");
    }

    @Test
    void theSpokenFirstIsReadAsTheWrittenOne() {
        assertThat(QueryTerms.asked("牛胰岛素合成是世界上头一回人工合成了什么")).isEqualTo("牛胰岛素合成是世界上第一次人工合成了什么");
        assertThat(QueryTerms.asked("解放后上海头一任市长是哪位")).isEqualTo("解放后上海第一任市长是哪位");
        assertThat(QueryTerms.asked("志愿军头一批过江是10月几号")).isEqualTo("志愿军第一批过江是10月几号");
        // 头 that is no first is left alone
        assertThat(QueryTerms.asked("山头一片红")).isEqualTo("山头一片红");
        assertThat(QueryTerms.asked("他带头一起干")).isEqualTo("他带头一起干");
    }

    @Test
    void aDirectionWordOpensANameTheKnowledgeBaseHasButNeverClosesOne() {
        java.util.Set<String> kb = java.util.Set.of("中老", "岛上", "上签");
        // 中/老/铁路: the segmenter's pieces of a railway the knowledge base names; 中 alone is no topic
        assertThat(QueryTerms.of("中老铁路全长多少公里", Synonyms.NONE, TypoCorrector.NONE, kb::contains).terms().stream()
                .map(QueryTerms.Term::text)).contains("中老").doesNotContain("中", "老");
        // without the knowledge base having them together, the pieces stay apart
        assertThat(QueryTerms.of("中老铁路全长多少公里", Synonyms.NONE, TypoCorrector.NONE, w -> false).terms().stream()
                .map(QueryTerms.Term::text)).doesNotContain("中老");
        // a direction word after a noun closes it (书/上) and does not open the verb after it (上/签)
        assertThat(QueryTerms.of("日本外相是谁在投降书上签的字", Synonyms.NONE, TypoCorrector.NONE, kb::contains).terms().stream()
                .map(QueryTerms.Term::text)).doesNotContain("上签");
    }

    @Test
    void aSynonymPhraseBeginningInsideACommonWordIsNotSaid() {
        Synonyms synonyms = Synonyms.parse("s", java.util.List.of("去世, 过世, 逝世", "改名, 改叫", "毛泽东, 毛主席"), new java.util.ArrayList<>());
        // 通过/世卫组织: 过世 (passed away) is not in the question, and asks no death
        assertThat(QueryTerms.of("中国是什么时候通过世卫组织消除疟疾认证的", synonyms).terms().stream()
                .map(QueryTerms.Term::text)).doesNotContain("过世");
        assertThat(AnswerChecks.phaseOf("中国是什么时候通过世卫组织消除疟疾认证的").events()).isEmpty();
        assertThat(QueryTerms.of("他是哪年过世的", synonyms).terms().stream().map(QueryTerms.Term::text)).contains("过世");
        // the segmenter's guesses (县改/叫啥) do not hide a phrase that is there, nor does a title it keeps whole
        assertThat(QueryTerms.of("他牺牲的那个县改叫啥了", synonyms).terms().stream().map(QueryTerms.Term::text)).contains("改叫");
        assertThat(QueryTerms.of("《毛主席去安源》那幅画是谁画的", synonyms).terms().stream().map(QueryTerms.Term::text)).contains("毛主席");
    }
}
