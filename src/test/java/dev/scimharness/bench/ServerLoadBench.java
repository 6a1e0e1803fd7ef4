package dev.scimharness.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.server.EmbeddedServer;
import dev.scimharness.server.ServerConfig;
import dev.scimharness.server.ReferenceServer;
import dev.scimharness.server.RequestScope;
import dev.scimharness.server.ResourceKind;
import dev.scimharness.server.TokenGrant;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Load benchmark of the reference server over loopback HTTP with keep-alive: throughput and p50/p99 latency of
 * {@code GET /Users?filter=userName eq "…"}, {@code POST /Users} and PATCH add-one-member on a 10,000-member group
 * with 100,000 users loaded, beside a bare "hello" route on the same Javalin as the ceiling; then the heap
 * used by 1,000,000 users. Not a test: run it by hand (command in docs/benchmarks.md).
 *
 * <p>Arguments (all optional): {@code users=100000 threads=16 requests=20000 seconds=20 warmup=3000
 * heapUsers=1000000 only=load|heap}.
 */
public final class ServerLoadBench {
  private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  private final int users;
  private final int threads;
  private final int requests;
  private final int seconds;
  private final int warmup;

  private ServerLoadBench(int users, int threads, int requests, int seconds, int warmup) {
    this.users = users;
    this.threads = threads;
    this.requests = requests;
    this.seconds = seconds;
    this.warmup = warmup;
  }

  public static void main(String[] args) throws Exception {
    int users = arg(args, "users", 100_000);
    int threads = arg(args, "threads", 16);
    int requests = arg(args, "requests", 20_000);
    int seconds = arg(args, "seconds", 20);
    int warmup = arg(args, "warmup", 3_000);
    int heapUsers = arg(args, "heapUsers", 1_000_000);
    String only = text(args, "only", "all");
    System.out.printf(Locale.ROOT, "cores=%d maxHeap=%dMiB java=%s%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
    if (!only.equals("heap")) {
      new ServerLoadBench(users, threads, requests, seconds, warmup).load();
    }
    if (!only.equals("load")) {
      heap(heapUsers);
    }
  }

  /** A realistic user as an IdP creates it (Okta's create body, RFC 7643 §8.2-sized). */
  static ObjectNode user(int i) {
    ObjectNode u = Json.object();
    u.putArray("schemas").add(USER);
    u.put("userName", "user" + i + "@example.com");
    u.put("externalId", "00u" + Integer.toHexString(i * 7919 + 17) + "x" + i);
    ObjectNode name = u.putObject("name");
    name.put("givenName", "Given" + i);
    name.put("familyName", "Family" + i);
    u.put("displayName", "Given" + i + " Family" + i);
    u.put("locale", "en-US");
    u.put("active", true);
    ObjectNode email = u.putArray("emails").addObject();
    email.put("primary", true);
    email.put("value", "user" + i + "@example.com");
    email.put("type", "work");
    return u;
  }

  private void load() throws Exception {
    String token = "bench-token";
    ServerConfig config = ServerConfig.builder().token(token, EmbeddedServer.DEFAULT_TENANT).maxResults(100).build();
    try (ReferenceServer rs = new ReferenceServer(config)
        .withRoutes(app -> app.get(config.basePath() + "/__hello", ctx -> ctx.result("hello")))) {
      String base = rs.start();
      RequestScope scope = rs.scope(TokenGrant.tenant(EmbeddedServer.DEFAULT_TENANT));
      long t0 = System.nanoTime();
      List<String> ids = new ArrayList<>(users);
      for (int i = 0; i < users; i++) {
        ids.add(rs.service().create(scope, ResourceKind.USER, user(i)).stored().id());
      }
      System.out.printf(Locale.ROOT, "loaded %,d users in %.1f s%n", users, (System.nanoTime() - t0) / 1e9);
      ObjectNode g = Json.object();
      g.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:Group");
      g.put("displayName", "Ten Thousand");
      String group = rs.service().create(scope, ResourceKind.GROUP, g).stored().id();
      StringBuilder members = new StringBuilder();
      int groupSize = Math.min(10_000, users / 2);
      for (String id : ids.subList(0, groupSize)) {
        members.append(members.length() == 0 ? "" : ",").append("{\"value\":\"").append(id).append("\"}");
      }
      rs.service().patch(scope, ResourceKind.GROUP, group, Json.parse("{\"schemas\":[\"" + PATCH_OP
          + "\"],\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[" + members + "]}]}"), null);
      System.out.printf(Locale.ROOT, "group of %,d members%n", scope.store().memberCount(group));

      ExecutorService clientPool = Executors.newFixedThreadPool(threads);
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .executor(clientPool).connectTimeout(Duration.ofSeconds(5)).build();
      String auth = "Bearer " + token;
      AtomicInteger created = new AtomicInteger();
      AtomicInteger nextMember = new AtomicInteger();

      IntFunction<HttpRequest> hello = i -> HttpRequest.newBuilder(URI.create(base + "/__hello")).GET().build();
      IntFunction<HttpRequest> filter = i -> HttpRequest.newBuilder(URI.create(base + "/Users?filter="
          + URLEncoder.encode("userName eq \"user" + ((i * 7919) % users) + "@example.com\"", StandardCharsets.UTF_8)
              .replace("+", "%20")))
          .header("Authorization", auth).GET().build();
      IntFunction<HttpRequest> post = i -> HttpRequest.newBuilder(URI.create(base + "/Users"))
          .header("Authorization", auth).header("Content-Type", "application/scim+json")
          .POST(HttpRequest.BodyPublishers.ofString(Json.write(user(users + created.getAndIncrement())))).build();
      IntFunction<HttpRequest> patch = i -> {
        String member = ids.get(groupSize + Math.floorMod(nextMember.getAndIncrement(), users - groupSize));
        String body = "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"add\",\"path\":\"members\","
            + "\"value\":[{\"value\":\"" + member + "\"}]}]}";
        return HttpRequest.newBuilder(URI.create(base + "/Groups/" + group)).header("Authorization", auth)
            .header("Content-Type", "application/scim+json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build();
      };

      // Warm every code path (JIT, connection pool) before measuring any of them.
      for (IntFunction<HttpRequest> r : List.of(hello, filter, post, patch)) {
        drive(http, r, 0, warmup, seconds);
      }
      System.out.println("scenario                         requests   req/s      p50 ms   p99 ms   errors");
      // Interleaved, twice: on a shared machine the load moves, so each pair is compared with itself.
      for (int round = 1; round <= 2; round++) {
        Result ceiling = run("hello (ceiling)", http, hello, 200);
        Result byName = run("GET filter userName eq", http, filter, 200);
        run("POST /Users", http, post, 201);
        run("PATCH add member (10k group)", http, patch, 204);
        System.out.printf(Locale.ROOT, "round %d: filter lookup / ceiling = %.0f%%%n", round,
            100.0 * byName.rate / ceiling.rate);
      }
      System.out.printf(Locale.ROOT, "group members after the run: %,d%n", scope.store().memberCount(group));
      clientPool.shutdownNow();
    }
  }

  private record Result(int done, double rate, double p50, double p99, int errors) {}

  /** Measures until {@code requests} are done or {@code seconds} have passed. */
  private Result run(String name, HttpClient http, IntFunction<HttpRequest> request, int expected)
      throws Exception {
    Result r = drive(http, request, expected, requests, seconds);
    System.out.printf(Locale.ROOT, "%-32s %8d %8.0f %8.2f %8.2f %8d%n", name, r.done, r.rate, r.p50, r.p99, r.errors);
    if (r.errors > 0) {
      throw new IllegalStateException(name + ": " + r.errors + " responses were not " + expected);
    }
    return r;
  }

  private Result drive(HttpClient http, IntFunction<HttpRequest> request, int expected, int total, int maxSeconds)
      throws Exception {
    AtomicInteger counter = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long[][] latencies = new long[threads][];
    long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        long[] mine = new long[total / threads + 1];
        int n = 0;
        int i;
        while ((i = counter.getAndIncrement()) < total && System.nanoTime() < deadline) {
          HttpRequest req = request.apply(i);
          long s = System.nanoTime();
          HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
          long d = System.nanoTime() - s;
          if (resp.statusCode() != expected) {
            errors.incrementAndGet();
          }
          if (n == mine.length) {
            mine = Arrays.copyOf(mine, n * 2);
          }
          mine[n++] = d;
        }
        latencies[thread] = Arrays.copyOf(mine, n);
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
    if (all.length == 0) {
      return new Result(0, 0, 0, 0, errors.get());
    }
    return new Result(all.length, all.length / elapsed, all[all.length / 2] / 1e6,
        all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)] / 1e6, errors.get());
  }

  /** Heap retained by {@code n} users in one tenant (store, indices), measured after full GCs. */
  private static void heap(int n) throws Exception {
    try (EmbeddedServer server = EmbeddedServer.start()) {
      ReferenceServer rs = server.server();
      RequestScope scope = rs.scope(TokenGrant.tenant(EmbeddedServer.DEFAULT_TENANT));
      long before = usedAfterGc();
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        rs.service().create(scope, ResourceKind.USER, user(i));
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      long after = usedAfterGc();
      System.out.printf(Locale.ROOT, "heap: %,d users loaded in %.1f s; retained %,d MiB (%,d bytes/user)%n", n,
          secs, (after - before) >> 20, (after - before) / n);
      if (scope.store().count(ResourceKind.USER) != n) {
        throw new IllegalStateException("store lost users");
      }
    }
  }

  private static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static int arg(String[] args, String name, int dflt) {
    String v = text(args, name, null);
    return v == null ? dflt : Integer.parseInt(v.replace("_", ""));
  }

  private static String text(String[] args, String name, String dflt) {
    for (String a : args) {
      if (a.startsWith(name + "=")) {
        return a.substring(name.length() + 1);
      }
    }
    return dflt;
  }
}
