package org.redengine.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redengine.TestKnowledge;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** ./redengine ask reads a question as the chat reads it: a member's group message pasted whole is no other question. */
class AskCommandTest {

    @TempDir
    Path tmp;

    private String ask(String question, int[] exit) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            exit[0] = new CommandLine(new Main()).execute("ask", "--knowledge", TestKnowledge.write(tmp.resolve("kb")).toString(),
                    "--data", tmp.resolve("data").toString(), question);
        } finally {
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theBotsMentionIsTakenOffAndAMentionAloneIsNoQuestion() throws Exception {
        int[] exit = new int[1];
        String plain = ask("遵义会议是什么时候召开的", exit);
        assertThat(exit[0]).isZero();
        String mentioned = ask("@红色引擎学习助手 遵义会议是什么时候召开的", exit);
        assertThat(exit[0]).isZero();
        // the same terms, the same answer: nothing of the bot's name is read as the question
        assertThat(mentioned.lines().findFirst()).isEqualTo(plain.lines().findFirst());
        assertThat(mentioned).contains("1935年").doesNotContain("学习助手");
        ask("@助手", exit);
        assertThat(exit[0]).isEqualTo(2);
    }
}
