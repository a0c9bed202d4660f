import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

/**
 * A year of activity for one group of MEMBERS members, written straight into the server's SQLite database (made
 * and migrated by a first start): memberships, check-ins on about 70% of member-days with notes, three daily-quiz
 * answers on half of the member-days, and the points for them. Run with the server's jar on the class path:
 * java -cp target/redengine.jar bench/MakeYearOfData.java DB GROUP MEMBERS LAST-DAY
 */
public class MakeYearOfData {
    public static void main(String[] args) throws Exception {
        String group = args[1];
        int members = Integer.parseInt(args[2]);
        LocalDate last = LocalDate.parse(args[3]);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Random random = new Random(7);
        long checkins = 0, answers = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0])) {
            c.setAutoCommit(false);
            long t0 = last.minusDays(365).atStartOfDay(zone).toInstant().toEpochMilli();
            try (PreparedStatement g = c.prepareStatement("INSERT INTO chat_groups (channel, group_id, name, created_at) VALUES ('web', ?, '报告压测群', ?)")) {
                g.setString(1, group);
                g.setLong(2, t0);
                g.executeUpdate();
            }
            try (PreparedStatement u = c.prepareStatement("INSERT INTO users (channel, user_id, name, first_seen, last_seen) VALUES ('web', ?, ?, ?, ?)");
                 PreparedStatement m = c.prepareStatement("INSERT INTO memberships (channel, group_id, user_id, joined_at, last_seen) VALUES ('web', ?, ?, ?, ?)")) {
                for (int i = 0; i < members; i++) {
                    u.setString(1, "y" + i); u.setString(2, "学员" + i); u.setLong(3, t0); u.setLong(4, t0); u.addBatch();
                    m.setString(1, group); m.setString(2, "y" + i); m.setLong(3, t0); m.setLong(4, t0); m.addBatch();
                }
                u.executeBatch();
                m.executeBatch();
            }
            try (PreparedStatement ci = c.prepareStatement("INSERT INTO checkins (channel, group_id, user_id, day, note, checked_at) VALUES ('web', ?, ?, ?, ?, ?)");
                 PreparedStatement qa = c.prepareStatement("INSERT INTO quiz_answers (channel, user_id, question_key, kind, correct, answered_at) VALUES ('web', ?, ?, 'quiz', ?, ?)");
                 PreparedStatement pt = c.prepareStatement("INSERT INTO points (channel, user_id, activity, points, day, earned_at) VALUES ('web', ?, ?, ?, ?, ?)")) {
                for (LocalDate d = last.minusDays(364); !d.isAfter(last); d = d.plusDays(1)) {
                    long at = d.atTime(20, 0).atZone(zone).toInstant().toEpochMilli();
                    for (int i = 0; i < members; i++) {
                        String user = "y" + i;
                        if (random.nextInt(10) < 7) {
                            ci.setString(1, group); ci.setString(2, user); ci.setString(3, d.toString()); ci.setString(4, "学习笔记" + d); ci.setLong(5, at); ci.addBatch();
                            pt.setString(1, user); pt.setString(2, "checkin"); pt.setInt(3, 5); pt.setString(4, d.toString()); pt.setLong(5, at); pt.addBatch();
                            checkins++;
                        }
                        if (random.nextBoolean()) {
                            for (int q = 0; q < 3; q++) {
                                boolean right = random.nextInt(10) < 8;
                                qa.setString(1, user); qa.setString(2, "党史基础:" + random.nextInt(250)); qa.setInt(3, right ? 1 : 0); qa.setLong(4, at + q * 30_000L); qa.addBatch();
                                if (right) { pt.setString(1, user); pt.setString(2, "quiz"); pt.setInt(3, 10); pt.setString(4, d.toString()); pt.setLong(5, at); pt.addBatch(); }
                                answers++;
                            }
                        }
                    }
                    ci.executeBatch();
                    qa.executeBatch();
                    pt.executeBatch();
                }
            }
            c.commit();
        }
        System.out.println("a year for " + members + " members: " + checkins + " check-ins, " + answers + " quiz answers");
    }
}
