package org.redengine.storage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redengine.conversation.ConversationKey;
import org.redengine.conversation.Delivered;
import org.redengine.conversation.Incoming;
import org.redengine.conversation.Reply;
import org.redengine.conversation.ReplyType;
import org.redengine.conversation.Role;
import org.redengine.conversation.Source;
import org.redengine.history.MessageHistory;
import org.redengine.history.StoredConversationLog;
import org.redengine.people.PeopleStore;
import org.redengine.people.RoleStore;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the storage layer promises, run against every database it supports: the embedded SQLite database and a
 * real PostgreSQL server (see the subclasses). No mocks.
 */
abstract class StorageContractTest {

    protected Database db;
    protected final Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);

    protected abstract Database open() throws Exception;

    @BeforeEach
    void openDatabase() throws Exception {
        db = open();
    }

    @AfterEach
    void closeDatabase() {
        if (db != null) db.close();
    }

    private static Incoming group(String user, String name, String group) {
        return new Incoming("web", user, name, group, "你好", false, null, Instant.parse("2026-11-22T08:00:00Z"));
    }

    @Test
    void concurrentWritesAreAllCommittedAndEachConversationCountsOneTwoThree() throws Exception {
        StoredConversationLog log = new StoredConversationLog(db, clock);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<List<Delivered>>> futures = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String user = "u" + (i % 20);
            String groupId = "g" + (i % 3);
            futures.add(pool.submit(() -> log.record(group(user, "成员" + user, groupId),
                    List.of(Reply.of(ReplyType.NOTICE, "第一条"), Reply.of(ReplyType.NOTICE, "第二条")))));
        }
        for (Future<List<Delivered>> f : futures) {
            assertThat(f.get()).hasSize(2);
        }
        pool.shutdown();
        MessageHistory history = new MessageHistory(db);
        int total = 0;
        for (int g = 0; g < 3; g++) {
            List<Long> seqs = new ArrayList<>();
            long after = 0;
            List<MessageHistory.Stored> page;
            while (!(page = history.after(ConversationKey.group("web", "g" + g), after, 500)).isEmpty()) {
                page.forEach(m -> seqs.add(m.seq()));
                after = page.get(page.size() - 1).seq();
            }
            total += seqs.size();
            for (int i = 0; i < seqs.size(); i++) {
                assertThat(seqs.get(i)).as("sequence numbers are 1, 2, 3 … without gaps or repeats").isEqualTo(i + 1L);
            }
        }
        assertThat(total).isEqualTo(800);
    }

    @Test
    void historyKeepsTheRepliesSourcesAndPagesAfterASequenceNumber() {
        StoredConversationLog log = new StoredConversationLog(db, clock);
        Reply answer = new Reply(ReplyType.ANSWER, "遵义会议于1935年1月召开。（来源：《简史》）",
                List.of(new Source("遵义会议", "《简史》", "…")), 0.9, List.of());
        Incoming m = new Incoming("web", "u1", "张三", null, "遵义会议哪年开的", false, null, clock.instant());
        log.record(m, List.of(answer));
        log.post(ConversationKey.direct("web", "u1"), Reply.of(ReplyType.NOTICE, "提醒：今天还没有打卡"));
        MessageHistory history = new MessageHistory(db);
        List<MessageHistory.Stored> all = history.after(ConversationKey.direct("web", "u1"), 0, 100);
        assertThat(all).extracting(MessageHistory.Stored::seq).containsExactly(1L, 2L);
        assertThat(all.get(0).type()).isEqualTo("answer");
        assertThat(all.get(0).payload()).contains("《简史》").contains("0.9");
        assertThat(all.get(1).text()).isEqualTo("提醒：今天还没有打卡");
        assertThat(history.after(ConversationKey.direct("web", "u1"), 1, 100)).extracting(MessageHistory.Stored::seq).containsExactly(2L);
        assertThat(history.after(ConversationKey.direct("web", "other"), 0, 100)).isEmpty();
    }

    @Test
    void speakingInAGroupRecordsTheMemberOnceWithJoinDateAndLastSeen() {
        StoredConversationLog log = new StoredConversationLog(db, clock);
        Incoming first = new Incoming("web", "u1", "张三", "g1", "你好", false, null, Instant.parse("2026-11-01T00:00:00Z"));
        Incoming later = new Incoming("web", "u1", "张三丰", "g1", "在吗", false, null, Instant.parse("2026-11-20T00:00:00Z"));
        log.record(first, List.of());
        log.record(later, List.of());
        log.record(group("u2", "李四", "g1"), List.of());
        List<PeopleStore.Group> groups = new PeopleStore(db).groups();
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.groupId()).isEqualTo("g1");
            assertThat(g.members()).extracting(PeopleStore.Member::userId).containsExactly("u1", "u2");
            PeopleStore.Member u1 = g.members().get(0);
            assertThat(u1.name()).isEqualTo("张三丰");
            assertThat(u1.joinedAt()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z").toEpochMilli());
            assertThat(u1.lastSeen()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z").toEpochMilli());
            assertThat(u1.roles()).containsExactly("member");
        });
        assertThat(new PeopleStore(db).membersNamed("web", "g1", "李四")).containsExactly("u2");
    }

    @Test
    void rolesAreGrantedPerGroupOrGloballyAndRevoked() {
        RoleStore roles = new RoleStore(db, clock);
        new StoredConversationLog(db, clock).record(group("u1", "张三", "g1"), List.of());
        assertThat(roles.roleOf(group("u1", "张三", "g1"))).isEqualTo(Role.MEMBER);
        assertThat(roles.grant(new RoleStore.Grant("web", "u1", "g1", Role.ORGANIZER), "admin")).isTrue();
        assertThat(roles.grant(new RoleStore.Grant("web", "u1", "g1", Role.ORGANIZER), "admin")).isFalse();
        assertThat(roles.roleOf(group("u1", "张三", "g1"))).isEqualTo(Role.ORGANIZER);
        assertThat(roles.roleOf(group("u1", "张三", "g2"))).isEqualTo(Role.MEMBER);
        assertThat(new PeopleStore(db).groups().get(0).members().get(0).roles()).containsExactly("organizer");
        roles.grant(new RoleStore.Grant("web", "u9", null, Role.ADMIN), "admin");
        assertThat(roles.roleOf(group("u9", "王五", "g5"))).isEqualTo(Role.ADMIN);
        assertThat(roles.revoke(new RoleStore.Grant("web", "u1", "g1", Role.ORGANIZER))).isTrue();
        assertThat(roles.roleOf(group("u1", "张三", "g1"))).isEqualTo(Role.MEMBER);
        assertThatThrownBy(() -> new RoleStore.Grant("web", "u1", null, Role.ORGANIZER)).hasMessageContaining("group");
        assertThatThrownBy(() -> new RoleStore.Grant("web", "u1", "g1", Role.ADMIN)).hasMessageContaining("全局");
    }

    @Test
    void aFailingWriteIsRolledBackAloneAndTheOthersInItsBatchCommit() throws Exception {
        List<CompletableFuture<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            futures.add(db.writeAsync(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO conversations (conversation, last_seq) VALUES (?, ?)")) {
                    ps.setString(1, n == 25 ? "c0" : "c" + n); // n = 25 repeats a key: a constraint violation
                    ps.setLong(2, n);
                    return ps.executeUpdate();
                }
            }));
        }
        int ok = 0, failed = 0;
        for (CompletableFuture<Integer> f : futures) {
            try {
                f.get();
                ok++;
            } catch (Exception e) {
                failed++;
            }
        }
        assertThat(failed).isEqualTo(1);
        assertThat(ok).isEqualTo(49);
        int rows = db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM conversations")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(rows).isEqualTo(49);
    }

    @Test
    void aRetriedPlatformMessageIsRecordedOnceAndGetsTheSameReplies() {
        StoredConversationLog log = new StoredConversationLog(db, clock);
        Incoming first = new Incoming("wechat", "openid-1", "", null, "打卡", false, "msg:6054768590064713728", clock.instant());
        List<Delivered> once = log.record(first, List.of(Reply.of(ReplyType.NOTICE, "打卡成功")));
        assertThat(log.processed("wechat", "msg:6054768590064713728")).hasSize(1);
        List<Delivered> retry = log.record(first, List.of(Reply.of(ReplyType.NOTICE, "这条不该写入")));
        assertThat(retry).hasSize(1);
        assertThat(retry.get(0).seq()).isEqualTo(once.get(0).seq());
        assertThat(retry.get(0).reply().text()).isEqualTo("打卡成功");
        assertThat(new MessageHistory(db).after(ConversationKey.direct("wechat", "openid-1"), 0, 10)).hasSize(1);
        assertThat(log.processed("wechat", "msg:other")).isNull();
    }

    @Test
    void retentionDeletesOnlyOldMessages() throws SQLException {
        StoredConversationLog old = new StoredConversationLog(db, Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
        StoredConversationLog recent = new StoredConversationLog(db, clock);
        old.post(ConversationKey.group("web", "g1"), Reply.of(ReplyType.NOTICE, "旧消息"));
        recent.post(ConversationKey.group("web", "g1"), Reply.of(ReplyType.NOTICE, "新消息"));
        MessageHistory history = new MessageHistory(db);
        assertThat(history.deleteBefore(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli())).isEqualTo(1);
        Set<String> left = new HashSet<>();
        history.after(ConversationKey.group("web", "g1"), 0, 10).forEach(m -> left.add(m.text()));
        assertThat(left).containsExactly("新消息");
        // numbering continues after deletions: a client that saw 2 never sees a reused 2
        assertThat(recent.post(ConversationKey.group("web", "g1"), Reply.of(ReplyType.NOTICE, "再一条")).seq()).isEqualTo(3);
    }
}
