package org.redengine.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerSlotsTest {
    @Test
    void datesAreReadWhateverTheWordingAroundThem() {
        assertThat(AnswerSlots.of("1936年12月12日凌晨，张学良、杨虎城发动兵谏。", QuestionKind.WHEN))
                .containsExactly("12月12日", "1936年");
        assertThat(AnswerSlots.of("1935年1月15日至17日，中共中央政治局在遵义召开扩大会议。", QuestionKind.WHEN))
                .containsExactlyInAnyOrder("1935年", "1月15日", "17日");
        assertThat(AnswerSlots.of("１９４９年１０月１日", QuestionKind.WHEN)).containsExactlyInAnyOrder("1949年", "10月1日");
    }

    @Test
    void countsKeepTheirUnitAndLeaveDatesAlone() {
        assertThat(AnswerSlots.of("1927年8月1日，两万余人参加起义，其中党员13人。", QuestionKind.COUNT))
                .containsExactlyInAnyOrder("两万人", "13人");
        assertThat(AnswerSlots.of("辽沈战役共歼灭国民党军47.2万余人。", QuestionKind.COUNT)).containsExactly("47.2万人");
    }

    @Test
    void twoSentencesAgreeOnlyWhenTheyGiveTheSameValuesForTheKindAsked() {
        String article = "1936年12月12日凌晨，张学良、杨虎城发动兵谏，扣留了蒋介石。";
        String faq = "1936年，张学良、杨虎城于12月12日凌晨采取“兵谏”，这就是西安事变。";
        assertThat(AnswerSlots.agree(article, faq, QuestionKind.WHEN, "西安事变是哪天发生的")).isTrue();
        // the end of the battle is not its beginning, though the start sentence mentions both
        assertThat(AnswerSlots.agree("辽沈战役从1948年9月12日开始，到11月2日结束。", "11月2日沈阳、营口解放。", QuestionKind.WHEN, "辽沈战役是哪天开始的")).isFalse();
        // the same dates are no agreement on how many, nor on who when the people both name are those the question names
        assertThat(AnswerSlots.agree(article, faq, QuestionKind.COUNT, "西安事变扣留了几个人")).isFalse();
        assertThat(AnswerSlots.agree(article, faq, QuestionKind.WHO, "张学良、杨虎城发动兵谏扣留了谁")).isFalse();
        // no dates at all is no agreement
        assertThat(AnswerSlots.agree("长征是一次理想信念的伟大远征。", "长征是一次理想信念的伟大远征。", QuestionKind.WHEN, "长征是什么时候")).isFalse();
        assertThat(Answerer.sameAnswer(article, faq, QuestionKind.WHEN, "西安事变是哪天发生的")).isTrue();
        assertThat(Answerer.sameAnswer(article, faq, QuestionKind.OTHER, "西安事变是怎么回事")).isFalse();
    }

    @Test
    void twoSentencesNamingTheSamePersonOrPlaceTheQuestionDoesNotAgreeOnWhoOrWhere() {
        String asked = "志愿军第一位特级英雄是谁";
        String faq = "他是志愿军中第一位被授予特级英雄称号的英雄，名叫杨根思。";
        String article = "1950年11月，连长杨根思抱起炸药包冲向敌群，与敌人同归于尽。";
        assertThat(AnswerSlots.agree(faq, article, QuestionKind.WHO, asked)).isTrue();
        assertThat(AnswerSlots.agree(faq, "黄继光用胸膛堵住了敌人的枪眼。", QuestionKind.WHO, asked)).isFalse();
        // the person the question names is who it is about, not who both answer with
        assertThat(AnswerSlots.agree(faq, article, QuestionKind.WHO, "杨根思的连长是谁")).isFalse();
        String where = "中国战区受降仪式在哪里举行";
        assertThat(AnswerSlots.agree("2003年，时任浙江省委书记习近平在浙江启动千万工程。", "千万工程于2003年在浙江启动，经验在全国推广。",
                QuestionKind.WHERE, "千万工程最早在哪个省搞的")).isTrue();
        assertThat(AnswerSlots.agree("受降仪式在南京举行。", "签字仪式在东京湾的密苏里号上举行。", QuestionKind.WHERE, where)).isFalse();
    }

    @Test
    void twoSentencesGivingTheSameNameInQuotesAgreeOnWhatSomethingIsCalled() {
        String asked = "国家速滑馆的昵称是什么";
        String faq = "国家速滑馆昵称“冰丝带”，是北京冬奥会唯一新建的冰上竞赛场馆。";
        String article = "被称为“冰丝带”的国家速滑馆，外墙由22条丝带状曲面玻璃幕墙环绕。";
        assertThat(AnswerSlots.agree(faq, article, QuestionKind.OTHER, asked)).isTrue();
        assertThat(AnswerSlots.agree(faq, "首都体育馆被称为“冰之帆”。", QuestionKind.OTHER, asked)).isFalse();
        // a name the question itself quotes is no agreement; nor are quotes for a question asking no name
        assertThat(AnswerSlots.agree(faq, article, QuestionKind.OTHER, "“冰丝带”的昵称从哪来")).isFalse();
        assertThat(AnswerSlots.agree(faq, article, QuestionKind.OTHER, "国家速滑馆有多大")).isFalse();
    }

    @Test
    void twoSentencesNamingTheSamePersonAgreeOnWhoAPersonAskedForIs() {
        String asked = "复关入世那个首席谈判代表叫什么来着";
        String faq = "中国入世谈判的首席谈判代表是龙永图。";
        String article = "整个谈判历时15年，龙永图担任中方首席谈判代表。";
        assertThat(AnswerSlots.agree(faq, article, QuestionKind.OTHER, asked)).isTrue();
        assertThat(AnswerSlots.agree(faq, "整个谈判历时15年，石广生担任对外贸易经济合作部部长。", QuestionKind.OTHER, asked)).isFalse();
        // a thing asked for by name is not agreed on by a person both sentences mention
        assertThat(AnswerSlots.agree("龙永图曾说，这份文件叫《入世议定书》。", "龙永图回忆谈判时提到了《工作组报告》。", QuestionKind.OTHER,
                "那份文件叫什么")).isFalse();
    }
}
