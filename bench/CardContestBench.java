import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A live contest on WeCom robot cards with MEMBERS members tapping at once, against a fake of the platform's long
 * connection (only the documented frames: WeCom developer documentation 101463, 101027, 101031). First, as the
 * baseline in the same run, every member @-mentions the robot (a stream reply each); then a one-question contest
 * is started, its card is pushed, and every member taps an option at once, plus 20% redelivered taps (same msgid)
 * and 20% second taps (another option): every first tap must be scored once, and the result must say so.
 * Run: java -cp target/redengine.jar bench/CardContestBench.java PORT_FILE ADMIN_BASE ADMIN_TOKEN MEMBERS
 * (started by bench/card-contest-bench.sh, which starts the server pointed at this fake).
 */
public class CardContestBench {

    static final ObjectMapper JSON = new ObjectMapper();
    static final LinkedBlockingQueue<JsonNode> pushes = new LinkedBlockingQueue<>();
    static final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    static final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    static volatile CountDownLatch replies;
    static volatile Channel bot;
    static final CountDownLatch subscribed = new CountDownLatch(1);
    static final AtomicInteger reqIds = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        String portFile = args[0], base = args[1], token = args[2];
        int members = Integer.parseInt(args[3]);
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        Channel server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class).childHandler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(65536),
                        new WebSocketServerProtocolHandler("/", null, false, 4 << 20), new Platform());
            }
        }).bind("127.0.0.1", 0).sync().channel();
        java.nio.file.Files.writeString(java.nio.file.Path.of(portFile), String.valueOf(((InetSocketAddress) server.localAddress()).getPort()));
        if (!subscribed.await(120, TimeUnit.SECONDS)) throw new IllegalStateException("the server never subscribed");
        String chat = "bench-chat";

        // baseline: every member says hello (@-mention, a stream reply each), all at once
        replies = new CountDownLatch(members);
        long t0 = System.nanoTime();
        for (int i = 0; i < members; i++) send("aibot_msg_callback", text("hello-" + i, "m" + i, chat, "@红色引擎 你好"));
        if (!replies.await(120, TimeUnit.SECONDS)) throw new IllegalStateException("not every hello was answered");
        double helloSecs = (System.nanoTime() - t0) / 1e9;
        List<Long> helloLatencies = snapshotLatencies();

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/contests"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"channel\":\"wecom-bot\",\"group\":\"" + chat + "\",\"questions\":1,\"seconds\":60}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 200) throw new IllegalStateException("contest: " + started.body());
        JsonNode card = null;
        while (card == null) {
            JsonNode p = pushes.poll(30, TimeUnit.SECONDS);
            if (p == null) throw new IllegalStateException("no card pushed");
            if ("template_card".equals(p.path("body").path("msgtype").asText())) card = p.path("body").path("template_card");
        }
        String task = card.path("task_id").asText();
        // the bank's one question: B is right

        int redelivered = members / 5, second = members / 5;
        replies = new CountDownLatch(members + redelivered + second);
        t0 = System.nanoTime();
        List<ObjectNode> taps = new ArrayList<>();
        for (int i = 0; i < members; i++) taps.add(tap("tap-" + i, "m" + i, chat, task, i % 4 == 0 ? "A" : "B"));
        for (int i = 0; i < members; i++) send("aibot_event_callback", taps.get(i));
        for (int i = 0; i < redelivered; i++) send("aibot_event_callback", taps.get(i).deepCopy());
        for (int i = 0; i < second; i++) send("aibot_event_callback", tap("again-" + i, "m" + i, chat, task, "C"));
        if (!replies.await(120, TimeUnit.SECONDS)) throw new IllegalStateException("not every tap was answered: " + replies.getCount() + " left");
        double tapSecs = (System.nanoTime() - t0) / 1e9;
        List<Long> tapLatencies = snapshotLatencies();

        String result = null;
        long waitStart = System.nanoTime();
        while (result == null && System.nanoTime() - waitStart < 60_000_000_000L) {
            JsonNode p = pushes.poll(60, TimeUnit.SECONDS);
            if (p != null && p.path("body").path("markdown").path("content").asText().contains("第1题结束")) {
                result = p.path("body").path("markdown").path("content").asText();
            }
        }
        int right = members - (members + 3) / 4;
        boolean exact = result != null && result.contains(members + " 人作答，" + right + " 人答对");
        int frames = members + redelivered + second;
        System.out.printf("baseline, %d @-mentions answered: %.2f s, %.0f messages/s, p50 %d ms, p99 %d ms%n", members, helloSecs,
                members / helloSecs, pct(helloLatencies, 50), pct(helloLatencies, 99));
        System.out.printf("card taps, %d first taps + %d redelivered + %d second taps answered: %.2f s, %.0f taps/s (ratio %.2f), p50 %d ms, p99 %d ms%n",
                members, redelivered, second, tapSecs, frames / tapSecs, (frames / tapSecs) / (members / helloSecs),
                pct(tapLatencies, 50), pct(tapLatencies, 99));
        System.out.println("result: " + (result == null ? "none within 60 s" : result.lines().filter(l -> l.contains("人作答")).findFirst().orElse(result)));
        System.out.println("every first tap scored exactly once: " + exact);
        server.close();
        group.shutdownGracefully();
        System.exit(exact ? 0 : 1);
    }

    static List<Long> snapshotLatencies() {
        synchronized (latencies) {
            List<Long> out = new ArrayList<>(latencies);
            latencies.clear();
            Collections.sort(out);
            return out;
        }
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1_000_000;
    }

    static void send(String cmd, ObjectNode body) {
        String reqId = "bench-" + reqIds.incrementAndGet();
        ObjectNode f = JSON.createObjectNode().put("cmd", cmd);
        f.putObject("headers").put("req_id", reqId);
        f.set("body", body);
        sentAt.put(reqId, System.nanoTime());
        bot.writeAndFlush(new TextWebSocketFrame(f.toString()));
    }

    static ObjectNode envelope(String msgId, String user, String chat) {
        ObjectNode b = JSON.createObjectNode().put("msgid", msgId).put("aibotid", "bench").put("chattype", "group").put("chatid", chat)
                .put("create_time", System.currentTimeMillis() / 1000);
        b.putObject("from").put("userid", user);
        return b;
    }

    static ObjectNode text(String msgId, String user, String chat, String content) {
        ObjectNode b = envelope(msgId, user, chat).put("msgtype", "text");
        b.putObject("text").put("content", content);
        return b;
    }

    static ObjectNode tap(String msgId, String user, String chat, String task, String key) {
        ObjectNode b = envelope(msgId, user, chat).put("msgtype", "event");
        b.putObject("event").put("eventtype", "template_card_event").putObject("template_card_event")
                .put("card_type", "button_interaction").put("event_key", key).put("task_id", task);
        return b;
    }

    /** The platform's side: acknowledges everything, counts replies to our callbacks, keeps pushes. */
    static final class Platform extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame msg) throws Exception {
            JsonNode f = JSON.readTree(msg.text());
            String cmd = f.path("cmd").asText(), reqId = f.path("headers").path("req_id").asText();
            ObjectNode ack = JSON.createObjectNode();
            ack.putObject("headers").put("req_id", reqId);
            ack.put("errcode", 0).put("errmsg", "ok");
            ctx.writeAndFlush(new TextWebSocketFrame(ack.toString()));
            switch (cmd) {
                case "aibot_subscribe" -> {
                    bot = ctx.channel();
                    subscribed.countDown();
                }
                case "aibot_send_msg" -> pushes.add(f);
                case "aibot_respond_msg", "aibot_respond_update_msg" -> {
                    boolean done = cmd.equals("aibot_respond_update_msg") || f.path("body").path("stream").path("finish").asBoolean();
                    Long at = done ? sentAt.remove(reqId) : null;
                    if (at != null) {
                        latencies.add(System.nanoTime() - at);
                        replies.countDown();
                    }
                }
                default -> { }
            }
        }
    }
}
