package org.redengine.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void commandLineBeatsEnvironmentBeatsFileBeatsDefault() throws Exception {
        Path yaml = Files.writeString(dir.resolve("c.yaml"), "port: 7000\nhost: 10.0.0.1\nknowledge: /kb\nanswer-threshold: 0.7\n");
        Settings.Sources s = new Settings.Sources(Map.of("REDENGINE_PORT", "7100", "REDENGINE_ANSWER_THRESHOLD", "0.8"), yaml);
        assertThat(s.get("port", "7200", "8080")).isEqualTo("7200");
        assertThat(s.get("port", null, "8080")).isEqualTo("7100");
        assertThat(s.get("host", null, "0.0.0.0")).isEqualTo("10.0.0.1");
        assertThat(s.get("answer-threshold", null, "0.5")).isEqualTo("0.8");
        assertThat(s.get("data", null, "data")).isEqualTo("data");
        assertThat(s.get("knowledge", null, "knowledge")).isEqualTo("/kb");
    }

    @Test
    void pointsRulesOverrideTheDefaultsAndBadOnesAreExplained() {
        var rules = org.redengine.quiz.PointsLedger.parseRules("quiz=20/100, contest=5/30");
        assertThat(rules.get("quiz")).isEqualTo(new org.redengine.quiz.PointsLedger.Rule(20, 100));
        assertThat(rules.get("contest")).isEqualTo(new org.redengine.quiz.PointsLedger.Rule(5, 30));
        assertThat(rules.get("review")).isEqualTo(org.redengine.quiz.PointsLedger.DEFAULT_RULES.get("review"));
        assertThatThrownBy(() -> org.redengine.quiz.PointsLedger.parseRules("quiz=10")).hasMessageContaining("每题积分/每日上限");
        assertThatThrownBy(() -> org.redengine.quiz.PointsLedger.parseRules("dance=1/2")).hasMessageContaining("活动可为");
    }

    @Test
    void yamlKeysMayUseUnderscoresOrCamelCase() throws Exception {
        Path yaml = Files.writeString(dir.resolve("c.yaml"), "answer_threshold: 0.6\nnoWatch: true\n");
        Settings.Sources s = new Settings.Sources(Map.of(), yaml);
        assertThat(s.get("answer-threshold", null, "x")).isEqualTo("0.6");
        assertThat(s.get("no-watch", null, "false")).isEqualTo("true");
    }

    @Test
    void badValuesAreRejectedWithAClearMessage() throws Exception {
        assertThatThrownBy(() -> Settings.parsePort("80a")).hasMessageContaining("端口");
        assertThatThrownBy(() -> Settings.parsePort("70000")).hasMessageContaining("端口");
        assertThatThrownBy(() -> Settings.parseThreshold("2")).hasMessageContaining("answer-threshold");
        assertThatThrownBy(() -> new Settings.Sources(Map.of(), dir.resolve("missing.yaml"))).hasMessageContaining("配置文件不存在");
        Path list = Files.writeString(dir.resolve("list.yaml"), "- a\n- b\n");
        assertThatThrownBy(() -> new Settings.Sources(Map.of(), list)).hasMessageContaining("YAML 映射");
    }
}
