package org.redengine.knowledge.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cached names of a text are what segmenting it gives, also after the segmenter learns a word that changes it. */
class ChineseSegmenterTest {

    private static List<String> texts(List<ChineseSegmenter.Word> words) {
        return words.stream().map(ChineseSegmenter.Word::text).toList();
    }

    @Test
    void namesAreThoseOfTheSegmentationAndFollowNewWords() {
        String text = "毛泽东在延安枣园写下了这篇文章，赤霞岭学社的同志们都来学习。";
        List<String> segmented = ChineseSegmenter.forQuery(text).stream()
                .filter(w -> w.nature().startsWith("nr") || w.nature().startsWith("ns") || w.nature().startsWith("nt") || w.nature().startsWith("nz"))
                .map(ChineseSegmenter.Word::text).toList();
        assertThat(texts(ChineseSegmenter.namesIn(text))).isEqualTo(segmented).contains("毛泽东", "延安").doesNotContain("赤霞岭学社");
        assertThat(ChineseSegmenter.namesIn(text)).isSameAs(ChineseSegmenter.namesIn(text)); // cached

        ChineseSegmenter.addWords(List.of("赤霞岭学社")); // a domain word (a tag), now one word of nature nz
        assertThat(texts(ChineseSegmenter.namesIn(text))).contains("赤霞岭学社", "毛泽东");
    }

    @Test
    void aPersonsNameTaughtAsATagStaysAPerson() {
        // a tag the segmenter already reads as a person's name is taught as one (a who-question needs a person)
        ChineseSegmenter.addWords(List.of("段德昌", "赤水河畔学社"));
        assertThat(ChineseSegmenter.namesIn("第一号革命烈士证书是毛泽东签发给段德昌的。"))
                .filteredOn(w -> w.text().equals("段德昌")).singleElement().satisfies(w -> assertThat(w.nature()).startsWith("nr"));
        assertThat(ChineseSegmenter.namesIn("赤水河畔学社的同志们来了。"))
                .filteredOn(w -> w.text().equals("赤水河畔学社")).singleElement().satisfies(w -> assertThat(w.nature()).isEqualTo("nz"));
    }

    @Test
    void aPersonsNameTheSegmenterReadsInPiecesIsTaughtAsAPerson() {
        // 吴满/有 and 冼/星海 alone: a common surname's three characters, or names from end to end
        ChineseSegmenter.addWords(List.of("吴满有", "冼星海", "龙州起义"));
        assertThat(ChineseSegmenter.namesIn("劳动英雄吴满有开荒种地，冼星海谱写了《黄河大合唱》，龙州起义爆发。"))
                .filteredOn(w -> List.of("吴满有", "冼星海", "龙州起义").contains(w.text()))
                .extracting(ChineseSegmenter.Word::nature).containsExactly("nr", "nr", "nz");
    }

    @Test
    void aPlaceWithinAPlaceTaughtWholeIsStillAPlace() {
        // a tag like 河南确山 (河南/确山 alone) must still read as a place, or 河南确山人 no longer answers 哪里人
        ChineseSegmenter.addWords(List.of("湖南溆浦"));
        assertThat(ChineseSegmenter.namesIn("向警予是湖南溆浦人。")).filteredOn(w -> w.text().equals("湖南溆浦"))
                .extracting(ChineseSegmenter.Word::nature).containsExactly("ns");
    }

    @Test
    void aKnownNameTaughtAgainKeepsItsPartOfSpeech() {
        ChineseSegmenter.addWords(List.of("毛泽东", "周恩来")); // synonyms teach their phrases
        assertThat(ChineseSegmenter.namesIn("毛泽东回答说，周恩来也在场。"))
                .filteredOn(w -> w.text().equals("毛泽东") || w.text().equals("周恩来"))
                .hasSize(2).allSatisfy(w -> assertThat(w.nature()).startsWith("nr"));
    }
}
