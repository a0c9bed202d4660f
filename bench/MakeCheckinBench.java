import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Bodies for the check-in benchmark: GROUPS groups of MEMBERS members; every member checks in once with a note,
 * and one in five sends 打卡 a second time (which must not count), all shuffled as a busy minute would be:
 * checkins.txt for the minute, burst.txt (other members of the same groups) for the burst.
 * Run: java bench/MakeCheckinBench.java OUT GROUPS MEMBERS
 */
public class MakeCheckinBench {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int groups = Integer.parseInt(args[1]), members = Integer.parseInt(args[2]);
        for (String set : new String[] {"checkins", "burst"}) {
            List<String> lines = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                for (int m = 0; m < members; m++) {
                    lines.add(body(set, g, m, "打卡 今天学习了遵义会议精神"));
                    if (m % 5 == 0) lines.add(body(set, g, m, "打卡"));
                }
            }
            Collections.shuffle(lines, new Random(42));
            try (BufferedWriter w = Files.newBufferedWriter(out.resolve(set + ".txt"), StandardCharsets.UTF_8)) {
                for (String l : lines) {
                    w.write(l);
                    w.newLine();
                }
            }
            System.out.println(set + ": " + lines.size() + " check-in messages for " + groups * members + " members in " + groups + " groups");
        }
    }

    static String body(String set, int g, int m, String text) {
        return "{\"user\":\"" + set.charAt(0) + g + "-" + m + "\",\"name\":\"学员" + m + "\",\"group\":\"checkin-g" + g + "\",\"text\":\"" + text + "\"}";
    }
}
