import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Request bodies for the contest benchmark (one JSON body per line), for GROUPS groups of MEMBERS members each:
 *   join.txt     every member says hello in their group first (as members of a real group have spoken before)
 *   start.txt    the admin of each group starts a contest (发起竞赛 竞赛压测 3题 每题300秒)
 *   answers.txt  every member answers the open question with "A", once (members interleaved across groups, so
 *                the load is spread as it is in real life)
 * Run: java bench/MakeContestBench.java OUT GROUPS MEMBERS
 */
public class MakeContestBench {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int groups = Integer.parseInt(args[1]), members = Integer.parseInt(args[2]);
        try (BufferedWriter join = Files.newBufferedWriter(out.resolve("join.txt"), StandardCharsets.UTF_8);
             BufferedWriter start = Files.newBufferedWriter(out.resolve("start.txt"), StandardCharsets.UTF_8);
             BufferedWriter answers = Files.newBufferedWriter(out.resolve("answers.txt"), StandardCharsets.UTF_8)) {
            for (int g = 0; g < groups; g++) {
                start.write(body("boss", "群主", g, "发起竞赛 竞赛压测 3题 每题300秒"));
                start.newLine();
            }
            for (int m = 0; m < members; m++) {
                for (int g = 0; g < groups; g++) {
                    join.write(body("m" + g + "-" + m, "成员" + m, g, "大家好"));
                    join.newLine();
                    answers.write(body("m" + g + "-" + m, "成员" + m, g, "A"));
                    answers.newLine();
                }
            }
        }
        System.out.println("wrote bodies for " + groups + " groups of " + members + " members");
    }

    static String body(String user, String name, int group, String text) {
        return "{\"user\":\"" + user + "\",\"name\":\"" + name + "\",\"group\":\"bench-g" + group + "\",\"text\":\"" + text + "\"}";
    }
}
