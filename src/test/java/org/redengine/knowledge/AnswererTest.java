package org.redengine.knowledge;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnswererTest {

    @TempDir
    static Path dir;
    static Answerer answerer;

    @BeforeAll
    static void build() throws Exception {
        answerer = KnowledgeService.build(TestKnowledge.write(dir), 0.56, 1).answerer();
    }

    @Test
    void rowsThatDifferOnlyByAnOrdinalAreNeverConfused(@TempDir Path own) throws Exception {
        java.nio.file.Files.createDirectories(own.resolve("faq"));
        java.nio.file.Files.writeString(own.resolve("faq/rooms.csv"), """
                问题,答案,来源
                第0号学习小组的活动室在哪里？,活动室在科协大楼1001室。,《小组名册》
                第2号学习小组的活动室在哪里？,活动室在科协大楼1002室。,《小组名册》
                """);
        try (KnowledgeSnapshot s = KnowledgeService.build(own, 0.56, 1)) {
            // typed word for word: that row, though BM25 scores both rows alike
            assertThat(s.answerer().answer("第2号学习小组的活动室在哪里？").text()).contains("1002室");
            assertThat(s.answerer().answer("第0号学习小组的活动室在哪里？").text()).contains("1001室");
            // another number: neither row answers it (第3号 ≠ 第0号, 第2号), whatever their words share
            Answer other = s.answerer().answer("第3号学习小组的活动室在哪里？");
            assertThat(other.confident()).isFalse();
        }
        assertThat(AnswerChecks.anchors("第五次反围剿")).contains("ordinal-次:5");
        assertThat(AnswerChecks.anchors("第十八次全国代表大会")).containsExactly("congress:18");
    }

    @Test
    void aStoryOpeningWithAQuotedExchangeHasItsLeadAfterIt(@TempDir Path own) throws Exception {
        java.nio.file.Files.createDirectories(own.resolve("raw"));
        // a page opening with a quiz question and its answer, then the lead; its subtitle names the branch
        java.nio.file.Files.writeString(own.resolve("raw/青岚日报_学孟泰精神.txt"), """
                学孟泰精神 当岗位先锋
                ——青岚县重型机械厂铸锻车间党支部举办主题党日活动

                本报讯（记者 何嘉文）“孟泰仓库里收集的废旧器材有多少？”“上千种、上万件！”4月8日下午，青岚县重型机械厂铸锻车间党支部在三楼会议室举办主题党日活动，一场知识竞答把现场气氛推向高潮。

                经过激烈角逐，机加队获得一等奖。青年党员宋佳怡个人答对17道题，被评为“竞答之星”。
                """);
        try (KnowledgeSnapshot s = KnowledgeService.build(own, 0.56, 1)) {
            Answer star = s.answerer().compute("铸锻车间党支部知识竞答被评为“竞答之星”的是谁？");
            assertThat(star.candidates()).filteredOn(c -> c.excerpt().contains("4月8日下午")).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.vetoed()).isTrue());
            assertThat(star.candidates().get(0).excerpt()).contains("宋佳怡");
            // the subtitle is part of the title the page is cited by
            Answer prize = s.answerer().compute("铸锻车间党支部知识竞答一等奖是哪个队拿的？");
            assertThat(prize.candidates().get(0).excerpt()).contains("机加队");
            assertThat(prize.candidates().get(0).title()).contains("铸锻车间党支部举办主题党日活动");
        }
    }

    @Test
    void aStorysLeadIsNoAnswerToALaterDetailAnotherOfItsSentencesTells(@TempDir Path own) throws Exception {
        java.nio.file.Files.createDirectories(own.resolve("raw"));
        // a page as scraped: headline, a lead setting the scene, later paragraphs telling the rest of the day
        java.nio.file.Files.writeString(own.resolve("raw/溪禾日报_溪禾二中学子赴义乌研学.txt"), """
                溪禾二中学子赴义乌研学

                本报讯（记者 柏语桐 通讯员 颜若枫）2025年5月10日，溪禾市第二中学高一（3）班的46名学生在4名教师带领下，来到浙江义乌分水塘村的陈望道故居，开展主题研学活动。

                随后，讲解员楼晨曦带着大家走进故居旁那间低矮的柴屋，讲述了翻译《共产党宣言》的经过。

                回校后，班级将以“信仰的味道”为题召开主题班会，每名同学还要完成一篇不少于800字的研学报告。
                """);
        try (KnowledgeSnapshot s = KnowledgeService.build(own, 0.56, 1)) {
            // the detail asked is told later: the lead, which names the scene only, is ruled out
            Answer report = s.answerer().compute("溪禾二中陈望道故居研学要求每人交的研学报告至少多少字？");
            assertThat(report.candidates()).filteredOn(c -> c.excerpt().contains("本报讯")).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.vetoed()).isTrue());
            assertThat(report.candidates().get(0).excerpt()).contains("800字");
            // what the lead itself tells it still answers
            Answer students = s.answerer().compute("溪禾二中去陈望道故居研学的学生有多少名？");
            assertThat(students.candidates().get(0).excerpt()).contains("46名");
            assertThat(students.candidates().get(0).vetoed()).isFalse();
        }
    }

    @Test
    void aRowWrittenToSayWhoHoldsAWhoAnswerEvenWithANameTheSegmenterDoesNotKnow(@TempDir Path own) throws Exception {
        java.nio.file.Files.createDirectories(own.resolve("faq"));
        java.nio.file.Files.writeString(own.resolve("faq/songs.csv"), """
                问题,答案,来源
                《没有共产党就没有新中国》这首歌是谁写的？,这首歌是曹火星在1943年创作的。,《红色歌曲》
                《没有共产党就没有新中国》原来叫什么歌名？,这首歌原名《没有共产党就没有中国》。,《红色歌曲》
                """);
        try (KnowledgeSnapshot s = KnowledgeService.build(own, 0.56, 1)) {
            Answer a = s.answerer().compute("《没有共产党就没有新中国》作者是谁");
            assertThat(a.candidates()).filteredOn(c -> c.excerpt().contains("曹火星")).singleElement()
                    .satisfies(c -> assertThat(c.kindMatch()).isTrue());
            // the row asking its old name does not say who: no name in it is the author's
            assertThat(a.candidates()).filteredOn(c -> c.excerpt().contains("原名")).allSatisfy(c -> assertThat(c.kindMatch()).isFalse());
        }
    }

    @Test
    void aNameAskedThatTheSentenceGivesIsTheKindOfFactAsked(@TempDir Path own) throws Exception {
        java.nio.file.Files.createDirectories(own.resolve("faq"));
        java.nio.file.Files.writeString(own.resolve("faq/games.csv"), """
                问题,答案,来源
                北京冬奥会的吉祥物是什么？,北京冬奥会的吉祥物是熊猫造型的“冰墩墩”。,《冬奥手册》
                北京冬奥会在哪几个赛区举行？,北京冬奥会设北京、延庆、张家口三个赛区。,《冬奥手册》
                """);
        try (KnowledgeSnapshot s = KnowledgeService.build(own, 0.56, 1)) {
            Answer a = s.answerer().compute("冬奥会那个熊猫吉祥物叫什么名字");
            // the question's kind is OTHER, but the name it asks for is there, in quotes
            assertThat(a.candidates()).filteredOn(c -> c.excerpt().contains("冰墩墩")).singleElement()
                    .satisfies(c -> assertThat(c.kindMatch()).isTrue());
        }
    }

    @Test
    void wordsEndingLikeAPlaceOrCraftThatSingleNothingOutNeedNotBeNamed(@TempDir Path own) throws Exception {
        java.nio.file.Files.createDirectories(own.resolve("faq"));
        java.nio.file.Files.writeString(own.resolve("faq/rows.csv"), """
                问题,答案,来源
                中共一大会址在哪里？,中共一大会址位于上海市黄浦区兴业路76号，当年的门牌是法租界望志路106号。,《红色地名》
                嫦娥四号怎样与地面联系？,嫦娥四号探测器通过鹊桥卫星中继通信，实现了月球背面软着陆。,《探月》
                上甘岭战役中谁守阵地？,上甘岭战役中坚守阵地的是志愿军第15军，军长是秦基伟。,《抗美援朝》
                """);
        try (KnowledgeSnapshot s = KnowledgeService.build(own, 0.56, 1)) {
            for (String[] asked : new String[][]{{"中共一大会址门牌号是多少", "望志路"}, {"嫦娥四号靠哪颗中继星跟地球通信", "鹊桥"},
                    {"上甘岭战役那会儿第十五军是谁当军长", "秦基伟"}}) {
                // 门牌号 is no craft's name, 地球 no place that singles anything out, 第十五军 is 第15军
                assertThat(s.answerer().consider(asked[0], AnswerModel.standard()).ranked())
                        .filteredOn(c -> c.text().contains(asked[1])).isNotEmpty().allSatisfy(c -> assertThat(c.vetoed()).as(asked[0]).isFalse());
            }
        }
        assertThat(QueryTerms.withNumberForm("第十五军", java.util.Set.of())).containsExactly("第15军");
        assertThat(QueryTerms.withNumberForm("十五", java.util.Set.of())).containsExactly("15");
    }

    @Test
    void aRoomIsAPlace(@TempDir Path own) throws Exception {
        // many rows alike, and the one asked names a room (活动室) rather than repeating the group's number: typed word for
        // word it is the answer, and its place is the room, not the "57号" the question already names
        StringBuilder rows = new StringBuilder("问题,答案,来源\n");
        for (int i = 0; i < 120; i++) {
            rows.append(i).append("号学习小组在哪里活动？,").append(i).append(i == 57 ? "号学习小组在党员活动室活动。" : "号学习小组在科协大楼" + i + "号活动。")
                    .append(",《小组名册》\n");
        }
        java.nio.file.Files.createDirectories(own.resolve("faq"));
        java.nio.file.Files.writeString(own.resolve("faq/groups.csv"), rows);
        try (KnowledgeSnapshot s = KnowledgeService.build(own, 0.56, 1)) {
            Answer a = s.answerer().answer("57号学习小组在哪里活动？");
            assertThat(a.confident()).isTrue();
            assertThat(a.text()).contains("党员活动室");
        }
        assertThat(AnswerChecks.holdsKind(QuestionKind.WHERE, "57号学习小组在党员活动室活动。", "57号学习小组在哪里活动"))
                .isEqualTo(AnswerChecks.Holds.YES);
        assertThat(AnswerChecks.holdsKind(QuestionKind.WHERE, "展览在省科技馆展厅举办。", "展览在哪里举办"))
                .isEqualTo(AnswerChecks.Holds.YES);
        assertThat(AnswerChecks.holdsKind(QuestionKind.WHERE, "57号学习小组每周活动一次。", "57号学习小组在哪里活动"))
                .isNotEqualTo(AnswerChecks.Holds.YES);
    }

    @Test
    void aQuestionTheLexicalSignalsAreSureOfIsAnsweredWithoutTheSentenceModel() {
        AnswerModel standard = AnswerModel.standard();
        assertThat(standard.lexical()).as("the bundled model has a lexical shortcut").isNotNull();
        String nearlyTyped = "遵义会议是在什么时候召开的";
        Answer shortcut = answerer.compute(nearlyTyped);
        assertThat(shortcut.explanation().route()).isEqualTo("lexical");
        assertThat(shortcut.confident()).isTrue();
        assertThat(shortcut.confidence()).isGreaterThanOrEqualTo(standard.lexical().threshold());
        // the same answer the full path (sentence model consulted) gives
        Answerer full = answerer.with(standard.withLexical(null), 0.56);
        Answer usual = full.compute(nearlyTyped);
        assertThat(usual.explanation().route()).isEqualTo("semantic");
        assertThat(usual.text()).isEqualTo(shortcut.text()).contains("1935年");
        // a shortcut never surer than it must be: past its threshold, or an operator's stricter one, the question is encoded
        Answerer never = answerer.with(standard.withLexical(standard.lexical().withThreshold(1.01)), 0.56);
        assertThat(never.compute(nearlyTyped).explanation().route()).isEqualTo("semantic");
        Answerer strict = answerer.with(standard, 1.0);
        assertThat(strict.compute(nearlyTyped).explanation().route()).isNotEqualTo("lexical");
        // typed word for word: exact; in other words: the sentence model decides
        assertThat(answerer.compute("遵义会议是什么时候召开的？").explanation().route()).isEqualTo("exact");
        assertThat(answerer.compute("党在贵州开的那次扭转局面的会是哪年").explanation().route()).isEqualTo("semantic");
    }

    @Test
    void faqAnswerCarriesItsSourceAndSourceNote() {
        Answer a = answerer.answer("遵义会议是哪年开的？");
        assertThat(a.confident()).isTrue();
        assertThat(a.text()).contains("1935年");
        assertThat(a.citations()).singleElement().satisfies(c -> assertThat(c.source()).isEqualTo("《中国共产党简史》"));
        assertThat(a.textWithSourceNote()).endsWith("（来源：《中国共产党简史》）");
    }

    @Test
    void traditionalCharactersAndFullWidthStillMatch() {
        assertThat(answerer.answer("遵義會議是哪一年召開的？").text()).contains("1935年");
    }

    @Test
    void synonymsApplyAtQueryTime() {
        Answer a = answerer.answer("党的一大在哪开的");
        assertThat(a.confident()).isTrue();
        assertThat(a.text()).contains("上海");
    }

    @Test
    void articleAnswersWithTheMatchingSentenceNotTheWholeArticle() {
        Answer a = answerer.answer("红色引擎微信学习群是谁建立的");
        assertThat(a.confident()).isTrue();
        assertThat(a.text()).contains("科技社团党组织").doesNotContain("周一上午");
        assertThat(a.text().length()).isLessThanOrEqualTo(Answerer.MAX_ANSWER_CHARS);
        assertThat(a.citations().get(0).source()).isEqualTo("《重庆日报》2021年6月29日");
    }

    @Test
    void questionsSharingOnlyAWordWithTheKnowledgeGetAFallback() {
        // at the threshold the bot answers with (the other tests lower it, to answer from this small knowledge base
        // without the sentence model)
        AnswerModel standard = AnswerModel.standard();
        Answerer asServed = answerer.with(standard, standard.threshold());
        for (String q : new String[]{"遵义的天气怎么样", "上海迪士尼门票多少钱", "北京的天气", "怎么做红烧肉"}) {
            Answer a = asServed.answer(q);
            assertThat(a.confident()).as(q).isFalse();
            assertThat(a.text()).isEmpty();
            assertThat(a.citations()).isEmpty();
        }
    }

    @Test
    void fallbackSuggestsCloseQuestions() {
        Answer a = answerer.answer("遵义会议的参会人员有哪些");
        assertThat(a.confident()).isFalse();
        assertThat(a.suggestions()).contains("遵义会议是什么时候召开的？").hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void aFaqRowWrittenForAnotherKindOfQuestionDoesNotHoldTheKindAsked(@TempDir Path own) throws Exception {
        java.nio.file.Files.createDirectories(own.resolve("faq"));
        java.nio.file.Files.writeString(own.resolve("faq/rows.csv"), """
                问题,答案,来源
                科普长廊是什么时候建成的？,科普长廊于2019年5月建成，全长300米。,《城市手册》
                """);
        try (KnowledgeSnapshot s = KnowledgeService.build(own, 0.56, 1)) {
            // who built it: the row was written for when, and its answer names nobody
            Answer who = s.answerer().compute("科普长廊的建设人员有哪些");
            assertThat(who.confident()).isFalse();
            Answer.Candidate row = who.candidates().get(0);
            assertThat(row.rowAsksOther()).isTrue();
            assertThat(row.vetoed()).isTrue();
            // asked what it was written for, the same row holds the kind asked and answers
            Answer when = s.answerer().compute("科普长廊是什么时候建成的？");
            assertThat(when.confident()).isTrue();
            assertThat(when.candidates().get(0).rowAsksOther()).isFalse();
        }
    }

    @Test
    void aRowTypedWordForWordIsAnsweredThoughItsQuestionNamesTheRoomInGeneral(@TempDir Path own) throws Exception {
        java.nio.file.Files.createDirectories(own.resolve("faq"));
        java.nio.file.Files.writeString(own.resolve("faq/rooms.csv"), """
                问题,答案,来源
                编辑abc第0号问题的学习室在哪里？,编辑0号答案：第1000号学习室。,压测
                """);
        try (KnowledgeSnapshot s = KnowledgeService.build(own, 0.56, 1)) {
            Answer a = s.answerer().answer("编辑abc第0号问题的学习室在哪里？");
            assertThat(a.confident()).isTrue();
            assertThat(a.text()).contains("第1000号学习室");
        }
    }

    @Test
    void repeatedQuestionsComeFromTheCache() {
        answerer.answer("四史是啥");
        long hits = answerer.cache().stats().hitCount();
        answerer.answer("四史是啥");
        assertThat(answerer.cache().stats().hitCount()).isEqualTo(hits + 1);
    }

    @Test
    void longAnswersAreClippedOnASentenceBoundary() {
        String sentence = "这是一个用来测试截断的句子，里面有不少的文字内容。";
        String longText = sentence.repeat(20);
        String clipped = Answerer.clipSentences(longText);
        assertThat(clipped.length()).isLessThanOrEqualTo(Answerer.MAX_ANSWER_CHARS);
        assertThat(clipped).endsWith("。");
    }

    @Test
    void anEntryThatNeverNamesThePlaceAskedAboutDoesNotAnswer() {
        // the only row about where a meeting was held is about 中共一大: however alike the questions read
        Answer a = answerer.answer("古田会议在哪里召开");
        assertThat(a.confident()).isFalse();
        assertThat(a.candidates()).filteredOn(c -> c.title().equals("中共一大在哪里召开？"))
                .allSatisfy(c -> assertThat(c.detailMissing()).isTrue()).allSatisfy(c -> assertThat(c.vetoed()).isTrue());
        assertThat(answerer.answer("中共一大在哪里召开").text()).contains("上海");
    }

    @Test
    void aTitleTheQuestionGivesMustBeTheEntrys(@TempDir Path own) throws Exception {
        java.nio.file.Files.createDirectories(own.resolve("faq"));
        java.nio.file.Files.writeString(own.resolve("faq/books.csv"), """
                问题,答案,来源
                小说《红岩》的作者是谁？,小说《红岩》由罗广斌、杨益言合著，1961年出版。,《红岩》出版说明
                """);
        try (KnowledgeSnapshot s = KnowledgeService.build(own, 0.56, 1)) {
            // another novel: the row about 《红岩》 shares every other word, and names no 《红颜》
            Answer other = s.answerer().answer("小说《红颜》的作者是谁？");
            assertThat(other.confident()).isFalse();
            assertThat(other.candidates()).allSatisfy(c -> assertThat(c.detailMissing()).isTrue());
            assertThat(s.answerer().answer("小说《红岩》是谁写的").text()).contains("罗广斌");
        }
    }

    @Test
    void aCongressTheEntryNeverNamesIsNotAnsweredFromIt(@TempDir Path own) throws Exception {
        try (KnowledgeSnapshot s = withArticle(own, "五四.md", """
                # 五四运动
                来源：《中国共产党简史》

                1919年5月4日，北京十几所学校的学生在天安门前集会，随后举行示威游行，五四运动由此爆发。

                1921年7月23日，中国共产党第一次全国代表大会在上海召开。
                """)) {
            // a congress the knowledge base never names: nothing about it answers, however a date is asked
            Answer a = s.answerer().answer("二十一大什么时候召开");
            assertThat(a.confident()).isFalse();
            assertThat(a.candidates()).allSatisfy(c -> assertThat(c.vetoed()).isTrue());
            assertThat(s.answerer().answer("一大是什么时候召开的").text()).contains("1921年7月23日");
        }
    }

    @Test
    void aSentenceOpeningWithHeOrSheIsAnsweredWithTheOneBefore(@TempDir Path own) throws Exception {
        try (KnowledgeSnapshot s = withArticle(own, "张桂梅.md", """
                # 张桂梅与华坪女高
                来源：新华社公开报道

                张桂梅长期在云南丽江华坪县从事教育工作。她四处奔走筹款，推动创办了全国第一所全免费的公办女子高中——华坪女子高级中学。
                """)) {
            Answer a = s.answerer().compute("全国第一所全免费的公办女子高中是谁推动创办的");
            assertThat(a.candidates().get(0).excerpt()).contains("张桂梅").contains("华坪女子高级中学");
        }
    }

    @Test
    void aNameQuotedInPartIsTheNameTypedWithoutQuotes() {
        assertThat(Answerer.contains("2020年11月10日，“奋斗者”号在马里亚纳海沟成功坐底。", "奋斗者号")).isEqualTo(1.0);
        assertThat(Answerer.contains("2012年6月，“蛟龙”号在马里亚纳海沟下潜到7062米。", "奋斗者号")).isEqualTo(0.0);
        // a long word not there in full still earns partial credit by its bigrams
        assertThat(Answerer.contains("奋斗精神", "奋斗者号")).isStrictlyBetween(0.0, 1.0);
    }

    @Test
    void aSentencePointingBackIsAnsweredWithTheOneBefore(@TempDir Path own) throws Exception {
        try (KnowledgeSnapshot s = withArticle(own, "闽浙赣.md", """
                # 闽浙赣根据地
                来源：《中国共产党简史》

                1928年1月，方志敏等在江西弋阳、横峰领导起义，后来发展成闽浙赣革命根据地。方志敏在这里注重经济建设，毛泽东称赞它是“方志敏式”的根据地。
                """)) {
            Answer a = s.answerer().compute("毛泽东称赞的方志敏式根据地是哪个");
            assertThat(a.candidates().get(0).excerpt()).contains("闽浙赣");
        }
    }

    @Test
    void aPronounAfterAClauseOfTimePointsBackAndOneAfterANameDoesNot() {
        assertThat(Answerer.pointsBack("2013年，她再次出任中国女排主教练。")).isTrue();
        assertThat(Answerer.pointsBack("1943年11月，他又发表《组织起来》的讲话。")).isTrue();
        assertThat(Answerer.pointsBack("到达延安以后，他开始写作。")).isTrue();
        assertThat(Answerer.pointsBack("邓小平十分赞成，他说中央没有钱。")).as("the clause names the person").isFalse();
        assertThat(Answerer.pointsBack("1949年，他人代为保管。")).as("他人 is no pronoun").isFalse();
        assertThat(Answerer.pointsBack("1928年12月，毛泽东主持制定了《井冈山土地法》。")).isFalse();
    }

    @Test
    void candidatesGivingTheSameAnswerAreNoRivals() {
        assertThat(Answerer.sameAnswer("遵义会议于1935年1月召开。", "遵义会议于1935年1月召开")).isTrue();
        assertThat(Answerer.sameAnswer("遵义会议于1935年1月召开。", "1935年1月，中共中央在贵州遵义召开政治局扩大会议，遵义会议于1935年1月召开。"))
                .as("one within the other").isTrue();
        assertThat(Answerer.sameAnswer("重庆市科协党组长期坚持“周汇朝学”学习制度，全体党员每周一上午同步学习。",
                "重庆市科协党组长期坚持“周汇朝学”学习制度，全体党员按同一进度学习。")).as("the same first 20 characters").isTrue();
        assertThat(Answerer.sameAnswer("重庆市科协党组长期坚持“周汇朝学”学习制度。", "重庆市科协党组长期坚持“红色引擎”学习群。"))
                .as("fewer alike").isFalse();
        assertThat(Answerer.sameAnswer("遵义会议于1935年1月召开。", "古田会议于1929年12月召开。")).isFalse();
        assertThat(Answerer.sameAnswer("", "古田会议于1929年12月召开。")).isFalse();
    }

    @Test
    void theCountryAndAYearAreNoPlacesTheEntryMustName(@TempDir Path own) throws Exception {
        try (KnowledgeSnapshot s = withArticle(own, "联合国.md", """
                # 恢复联合国合法席位
                来源：《中国共产党简史》

                1971年10月25日，第26届联合国大会以压倒性多数通过第2758号决议，恢复我国在联合国的一切合法权利。
                """)) {
            // the country goes by 我国 here; a year the segmenter takes for a name is read by the date checks
            for (String q : List.of("中国在联合国的合法权利是哪天恢复的", "1971年联合国大会哪天恢复了中国的合法权利")) {
                Answer a = s.answerer().compute(q);
                assertThat(a.candidates().get(0).vetoed()).as(q).isFalse();
                assertThat(a.candidates().get(0).excerpt()).as(q).contains("1971年10月25日");
            }
            // a place the entry never names still rules it out
            assertThat(s.answerer().compute("日本在联合国的合法权利是哪天恢复的").candidates()).allSatisfy(c -> assertThat(c.vetoed()).isTrue());
        }
    }

    @Test
    void aVillageNamedWithoutItsLevelIsStillNamed(@TempDir Path own) throws Exception {
        try (KnowledgeSnapshot s = withArticle(own, "西柏坡.md", """
                # 西柏坡
                来源：《中国共产党简史》

                西柏坡是河北省平山县的一个小山村，坐落在太行山东麓、滹沱河北岸，三面环山，一面临水。
                """)) {
            Answer a = s.answerer().compute("西柏坡村坐落在哪条河的北岸");
            assertThat(a.candidates().get(0).detailMissing()).isFalse();
            assertThat(a.candidates().get(0).excerpt()).contains("滹沱河");
            // another place is still not named by it
            assertThat(s.answerer().compute("小岗村坐落在哪条河的北岸").candidates()).allSatisfy(c -> assertThat(c.vetoed()).isTrue());
        }
    }

    @Test
    void aDateToldAgainstTheOneBeforeIsAnsweredWithIt(@TempDir Path own) throws Exception {
        try (KnowledgeSnapshot s = withArticle(own, "开放.md", """
                # 沿海开放
                来源：《改革开放简史》

                1984年1月，邓小平第一次视察深圳。同年5月，党中央、国务院决定进一步开放14个沿海港口城市。
                """)) {
            Answer a = s.answerer().compute("14个沿海港口城市是哪一年决定开放的");
            // told with its year, not after the sentence before (whose date is another's)
            assertThat(a.candidates().get(0).excerpt()).startsWith("1984年5月，党中央").doesNotContain("1月");
        }
    }

    /** A knowledge base of one article, built. */
    private static KnowledgeSnapshot withArticle(Path dir, String file, String text) throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("articles"));
        java.nio.file.Files.writeString(dir.resolve("articles").resolve(file), text);
        return KnowledgeService.build(dir, 0.56, 1);
    }

    @Test
    void anotherPersonTheKnowledgeBaseNamesIsNotAnsweredForByAnAlikeName(@TempDir Path own) throws Exception {
        java.nio.file.Files.createDirectories(own.resolve("faq"));
        java.nio.file.Files.writeString(own.resolve("faq/family.csv"), """
                问题,答案,来源
                毛岸英是什么时候出生的？,毛岸英1922年10月出生在湖南长沙。,《人物小传》
                毛岸英是哪一年去苏联的？,1936年，毛岸英和毛岸青离开上海，前往苏联学习。,《人物小传》
                """);
        try (KnowledgeSnapshot s = KnowledgeService.build(own, 0.56, 1)) {
            assertThat(s.answerer().answer("毛岸英是哪一年出生的？").text()).contains("1922年");
            // 毛岸青 is another person the knowledge base names: 毛岸英's birth is not his
            Answer a = s.answerer().compute("毛岸青是哪一年出生的？");
            assertThat(a.confident()).isFalse();
            assertThat(a.candidates()).filteredOn(c -> c.excerpt().contains("1922年")).allSatisfy(c -> assertThat(c.vetoed()).isTrue());
        }
    }

    @Test
    void aSurnameAndLaoIsReadAsThePersonOfThatSurnameTheKnowledgeBaseNamesMost(@TempDir Path own) throws Exception {
        java.nio.file.Files.createDirectories(own.resolve("faq"));
        java.nio.file.Files.writeString(own.resolve("faq/ren.csv"), """
                问题,答案,来源
                任弼时是哪一年出生的？,任弼时1904年出生在湖南湘阴县。,《人物小传》
                任弼时原来叫什么名字？,任弼时原名任培国。,《人物小传》
                任弼时在党的七大上担任什么职务？,任弼时担任大会秘书长。,《人物小传》
                """);
        try (KnowledgeSnapshot s = KnowledgeService.build(own, 0.56, 1)) {
            Answer a = s.answerer().compute("任老生于哪一年来着");
            assertThat(a.confident()).isTrue();
            assertThat(a.text()).contains("1904年");
        }
    }

    @Test
    void aCountryIsNamedByItsOneCharacterAfterGoingThere(@TempDir Path own) throws Exception {
        java.nio.file.Files.createDirectories(own.resolve("articles"));
        java.nio.file.Files.writeString(own.resolve("articles/蔡畅.md"), """
                # 蔡畅

                蔡畅是湖南湘乡人，早年投身妇女解放运动。

                1919年12月25日，蔡畅陪同母亲，与哥哥蔡和森等30余人一同从上海启程赴法勤工俭学。
                """);
        try (KnowledgeSnapshot s = KnowledgeService.build(own, 0.56, 1)) {
            // 赴法 names France (法国); it names no other country
            Answer france = s.answerer().compute("蔡畅哪天从上海去的法国");
            assertThat(france.candidates()).filteredOn(c -> c.excerpt().contains("赴法")).isNotEmpty()
                    .anySatisfy(c -> assertThat(c.vetoed()).isFalse());
            Answer japan = s.answerer().compute("蔡畅哪天从上海去的日本");
            assertThat(japan.candidates()).filteredOn(c -> c.excerpt().contains("赴法")).allSatisfy(c -> assertThat(c.vetoed()).isTrue());
        }
    }

    @Test
    void aCountryIsNamedByACityInIt(@TempDir Path own) throws Exception {
        java.nio.file.Files.createDirectories(own.resolve("articles"));
        java.nio.file.Files.writeString(own.resolve("articles/林工.md"), """
                # 林工

                林工是上海港的技术工人，一生搞了许多发明。

                2006年，林工带着集装箱电子标签系统参加巴黎国际发明展览会，一举获得4项金奖。
                """);
        try (KnowledgeSnapshot s = KnowledgeService.build(own, 0.56, 1)) {
            // 巴黎 is in France (法国); it is in no other country
            Answer france = s.answerer().compute("林工在法国拿金奖是哪年");
            assertThat(france.candidates()).filteredOn(c -> c.excerpt().contains("巴黎")).isNotEmpty()
                    .anySatisfy(c -> assertThat(c.vetoed()).isFalse());
            Answer germany = s.answerer().compute("林工在德国拿金奖是哪年");
            assertThat(germany.candidates()).filteredOn(c -> c.excerpt().contains("巴黎")).allSatisfy(c -> assertThat(c.vetoed()).isTrue());
        }
    }
}
