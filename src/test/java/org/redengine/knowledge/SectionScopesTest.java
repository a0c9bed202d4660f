package org.redengine.knowledge;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SectionScopesTest {
    private static final String TITLE = "延安岁月：从瓦窑堡会议到党的七大";

    @Test
    void aSectionDoesNotReadTheTopicsOtherSectionsAreAbout() {
        String kept = SectionScopes.withoutOtherSections(TITLE, "瓦窑堡会议：确定抗日民族统一战线策略",
                List.of("进驻延安", "第一个历史决议与党的七大"));
        assertThat(kept).contains("瓦窑堡会议").doesNotContain("七大");
    }

    @Test
    void theSectionAboutATopicKeepsIt() {
        String kept = SectionScopes.withoutOtherSections(TITLE, "第一个历史决议与党的七大",
                List.of("瓦窑堡会议：确定抗日民族统一战线策略", "洛川会议"));
        assertThat(kept).contains("党的七大").doesNotContain("瓦窑堡");
        // what no other heading names stays, and what is dropped leaves a space, so no new word is formed
        assertThat(kept).isEqualTo("延安岁月：从 到党的七大");
    }

    @Test
    void aWordTheSectionsShareStaysWhenTheSectionHasItToo() {
        String kept = SectionScopes.withoutOtherSections("战略决战：三大战役", "辽沈战役", List.of("淮海战役", "七届二中全会"));
        assertThat(kept).isEqualTo("战略决战：三大战役");
        assertThat(SectionScopes.withoutOtherSections("战略决战：三大战役", "七届二中全会", List.of("淮海战役")))
                .isEqualTo("战略决战：三大 ");
    }

    @Test
    void onlyArticlePassagesUnderAHeadingOfAnArticleWithSeveralSectionsAreScoped() {
        KnowledgeEntry intro = article("延安岁月：从瓦窑堡会议到党的七大", "开头一句。");
        KnowledgeEntry first = article("延安岁月：从瓦窑堡会议到党的七大 · 瓦窑堡会议：确定策略", "会议在瓦窑堡召开。");
        KnowledgeEntry second = article("延安岁月：从瓦窑堡会议到党的七大 · 第一个历史决议与党的七大", "七大在杨家岭举行。");
        KnowledgeEntry lone = new KnowledgeEntry("article:b.md:3:0", KnowledgeEntry.Kind.ARTICLE, "另一篇：七大 · 唯一一节",
                List.of("一句。"), 0, "来源", "b.md", List.of());
        KnowledgeEntry faq = new KnowledgeEntry("faq:c.csv:2", KnowledgeEntry.Kind.FAQ, "七大在哪里开 · 问", List.of("杨家岭。"), 0,
                "来源", "c.csv", List.of());
        List<KnowledgeIndex.Indexed> all = List.of(indexed(intro), indexed(first), indexed(second), indexed(lone), indexed(faq));
        SectionScopes scopes = SectionScopes.of(all);
        assertThat(scopes.titleOf(all.get(0))).isEqualTo(all.get(0).title());
        assertThat(scopes.titleOf(all.get(1))).contains("瓦窑堡会议").doesNotContain("七大").endsWith(" 瓦窑堡会议 延安");
        assertThat(scopes.titleOf(all.get(2))).contains("七大").doesNotContain("瓦窑堡"); // nor its tag
        assertThat(scopes.titleOf(all.get(3))).isEqualTo(all.get(3).title());
        assertThat(scopes.titleOf(all.get(4))).isEqualTo(all.get(4).title());
    }

    @Test
    void aTextWithoutSectionsHasItsFirstSentenceAsItsLeadAndAnArticleWithSectionsNone() {
        String lead = "本报讯（记者 柏语桐）5月10日，溪禾市第二中学高一（3）班的46名学生来到陈望道故居开展研学。";
        KnowledgeEntry story = new KnowledgeEntry("article:raw/p.txt:3:0", KnowledgeEntry.Kind.ARTICLE, "溪禾二中学子赴义乌研学",
                List.of(lead, "讲解员楼晨曦带着大家参观。"), 0, "来源", "raw/p.txt", List.of());
        KnowledgeEntry later = new KnowledgeEntry("article:raw/p.txt:5:0", KnowledgeEntry.Kind.ARTICLE, "溪禾二中学子赴义乌研学",
                List.of("回校后，每名同学还要完成一篇不少于800字的研学报告。"), 0, "来源", "raw/p.txt", List.of());
        KnowledgeEntry intro = article("延安岁月：从瓦窑堡会议到党的七大", "1935年10月，中共中央和中央红军到达陕北，开始了延安岁月。");
        KnowledgeEntry section = article("延安岁月：从瓦窑堡会议到党的七大 · 瓦窑堡会议：确定策略", "会议在瓦窑堡召开。");
        KnowledgeEntry other = article("延安岁月：从瓦窑堡会议到党的七大 · 第一个历史决议与党的七大", "七大在杨家岭举行。");
        List<KnowledgeIndex.Indexed> all = List.of(indexed(story), indexed(later), indexed(intro), indexed(section), indexed(other));
        SectionScopes scopes = SectionScopes.of(all);
        assertThat(scopes.isLead(all.get(0), TextNormalizer.normalize(lead))).isTrue();
        assertThat(scopes.isLead(all.get(1), TextNormalizer.normalize("回校后，每名同学还要完成一篇不少于800字的研学报告。"))).isFalse();
        // an article's introduction opens no story
        assertThat(scopes.isLead(all.get(2), TextNormalizer.normalize(intro.sentences().get(0)))).isFalse();
    }

    private static KnowledgeEntry article(String title, String sentence) {
        return new KnowledgeEntry("article:a.md:" + title.length() + ":0", KnowledgeEntry.Kind.ARTICLE, title,
                List.of(sentence), 0, "来源", "a.md", List.of("瓦窑堡会议", "七大", "延安"));
    }

    private static KnowledgeIndex.Indexed indexed(KnowledgeEntry e) {
        return new KnowledgeIndex.Indexed(0, e, KnowledgeIndex.indexedTitle(e.title(), e.tags()), e.body(), e.sentences().get(0),
                List.of(), java.util.EnumSet.noneOf(QuestionKind.class), new double[0]);
    }
}
