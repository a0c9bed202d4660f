package org.redengine.knowledge;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real pages in {@code ../shared/seeds/}, as an admin would copy them from newspaper and association websites
 * (no-break spaces, a site's navigation bar, bylines, datelines, half-width commas), loaded as raw articles: what
 * the cleaner must leave is the stories.
 */
class SeedPagesTest {

    @TempDir
    Path dir;

    @Test
    void seedPagesLoadAsStoriesWithoutPageFurniture() throws Exception {
        Path seeds = Path.of(System.getProperty("redengine.root", ".")).resolve("../shared/seeds").normalize();
        Assumptions.assumeTrue(Files.isDirectory(seeds), "跳过：没有 ../shared/seeds");
        Path raw = Files.createDirectories(dir.resolve("raw"));
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(f, raw.resolve(f.getFileName()));
            }
        }
        KnowledgeBase kb = KnowledgeLoader.load(dir);
        assertThat(kb.problems()).isEmpty();
        assertThat(kb.articles()).isEqualTo(5);
        List<KnowledgeEntry> entries = kb.entries();
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.title()).as("a navigation bar is no title").doesNotContain("网站首页");
            assertThat(e.body()).doesNotContain("上一版").doesNotContain("下一篇").doesNotContain("放大")
                    .doesNotContain("报业集团主办").doesNotContain("\u00a0").doesNotMatch("^\\d{4}-\\d{2}-\\d{2}$")
                    .as("a byline on its own").doesNotMatch("^\\S*记者\\s+\\S{2,4}$");
            assertThat(e.body().codePoints().anyMatch(Character::isLetterOrDigit)).as(e.body()).isTrue();
        });
        assertThat(entries).extracting(KnowledgeEntry::title).contains("省科学传播中心党史学习教育情况汇报");
        assertThat(entries).extracting(KnowledgeEntry::body)
                .as("a sentence with half-width commas broken by a blank line is joined")
                .anyMatch(b -> b.contains("与会同志一致认为"));
    }
}
