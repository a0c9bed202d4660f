package org.redengine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small knowledge directory written by tests, and the way to find the bundled one and ../shared. */
public final class TestKnowledge {

    private TestKnowledge() {
    }

    public static Path projectRoot() {
        String root = System.getProperty("redengine.root");
        return root != null ? Path.of(root) : Path.of("").toAbsolutePath();
    }

    public static Path bundled() {
        return projectRoot().resolve("knowledge");
    }

    /** ../shared beside the project, or null where it is absent (a user's own checkout). */
    public static Path shared() {
        Path p = projectRoot().resolve("../shared").normalize();
        return Files.isDirectory(p) ? p : null;
    }

    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("faq"));
        Files.createDirectories(dir.resolve("articles/history"));
        Files.writeString(dir.resolve("faq/milestones.csv"), """
                问题,答案,来源,标签
                遵义会议是什么时候召开的？,遵义会议于1935年1月15日至17日在贵州遵义召开，是党的历史上一个生死攸关的转折点。,《中国共产党简史》,遵义会议
                中共一大在哪里召开？,中国共产党第一次全国代表大会于1921年7月23日在上海开幕，最后一天的会议转移到浙江嘉兴南湖的一艘游船上举行。,《中国共产党简史》,一大 红船
                "什么是""四史""？","“四史”是指党史、新中国史、改革开放史、社会主义发展史。",《中国共产党简史》,四史
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("articles/history/zhouhui.md"), """
                # 重庆市科协的周汇朝学制度
                来源：《重庆日报》2021年6月29日
                标签：周汇朝学

                重庆市科协党组长期坚持“周汇朝学”学习制度。全体党员在每周一上午同步开展“周汇朝学”。

                ## 学习群
                科技社团党组织以支部为单位建立“红色引擎”微信学习群，确保学习教育无死角。
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("synonyms.txt"), """
                # 同义词
                中共一大, 中国共产党第一次全国代表大会, 党的一大, 一大
                """, StandardCharsets.UTF_8);
        return dir;
    }
}
