package dev.scimharness.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.server.EmbeddedServer;
import dev.scimharness.server.ReferenceServer;
import dev.scimharness.server.RequestScope;
import dev.scimharness.server.ResourceKind;
import dev.scimharness.server.ServerConfig;
import dev.scimharness.server.TokenGrant;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A full walk of every user over loopback HTTP, page by page as an importing IdP reads a directory: by
 * {@code cursor} (RFC 9865) and by {@code startIndex} (RFC 7644 §3.4.2.4), same page size, same server, in
 * alternating rounds. Reports wall time, pages, per-page p50/p99 and the heap the server holds after the walk.
 * Not a test: run it by hand (command in docs/benchmarks.md). Arguments: {@code users=100000 count=100 rounds=2}.
 */
public final class CursorWalkBench {
  private static final String TOKEN = "bench-token";

  public static void main(String[] args) throws Exception {
    int users = arg(args, "users", 100_000);
    int count = arg(args, "count", 100);
    int rounds = arg(args, "rounds", 2);
    ServerConfig config = ServerConfig.builder().token(TOKEN, EmbeddedServer.DEFAULT_TENANT).maxResults(1000).build();
    try (ReferenceServer rs = new ReferenceServer(config)) {
      String base = rs.start();
      RequestScope scope = rs.scope(TokenGrant.tenant(EmbeddedServer.DEFAULT_TENANT));
      for (int i = 0; i < users; i++) {
        ObjectNode u = Json.object();
        u.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
        u.put("userName", "user" + i + "@example.com");
        u.putObject("name").put("givenName", "Given" + i).put("familyName", "Family" + i);
        u.putArray("emails").addObject().put("value", "user" + i + "@example.com").put("primary", true);
        rs.service().create(scope, ResourceKind.USER, u);
      }
      HttpClient http = HttpClient.newHttpClient();
      long heapBefore = usedAfterGc();
      for (int round = 1; round <= rounds; round++) {
        report("cursor", round, users, walk(http, base, count, true));
        report("startIndex", round, users, walk(http, base, count, false));
      }
      System.out.printf(Locale.ROOT, "heap held after %d walks: %+,d KiB%n", 2 * rounds,
          (usedAfterGc() - heapBefore) >> 10);
    }
  }

  private record Walk(long nanos, List<Long> pageNanos, int distinct) {}

  private static Walk walk(HttpClient http, String base, int count, boolean byCursor) throws Exception {
    List<Long> pages = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String cursor = "";
    int startIndex = 1;
    long t0 = System.nanoTime();
    while (true) {
      String query = byCursor ? "cursor=" + cursor : "startIndex=" + startIndex;
      long p0 = System.nanoTime();
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/Users?count=" + count + "&"
          + query)).header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
      pages.add(System.nanoTime() - p0);
      if (r.statusCode() != 200) {
        throw new IllegalStateException(r.statusCode() + " " + r.body());
      }
      JsonNode page = Json.parse(r.body());
      page.path("Resources").forEach(u -> seen.add(u.path("id").asText()));
      if (byCursor) {
        if (!page.has("nextCursor")) {
          break;
        }
        cursor = page.get("nextCursor").asText();
      } else {
        startIndex += count;
        if (startIndex > page.path("totalResults").asInt()) {
          break;
        }
      }
    }
    return new Walk(System.nanoTime() - t0, pages, seen.size());
  }

  private static void report(String method, int round, int users, Walk w) {
    long[] sorted = w.pageNanos().stream().mapToLong(Long::longValue).sorted().toArray();
    if (w.distinct() != users) {
      throw new IllegalStateException(method + " walk saw " + w.distinct() + " of " + users + " users");
    }
    System.out.printf(Locale.ROOT, "round %d %-10s %,d users in %,d pages: %.2f s, page p50 %.2f ms, p99 %.2f ms, "
        + "last page %.2f ms%n", round, method, w.distinct(), sorted.length, w.nanos() / 1e9,
        sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
        w.pageNanos().get(w.pageNanos().size() - 1) / 1e6);
  }

  private static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static int arg(String[] args, String name, int dflt) {
    return Arrays.stream(args).filter(a -> a.startsWith(name + "=")).findFirst()
        .map(a -> Integer.parseInt(a.substring(name.length() + 1).replace("_", ""))).orElse(dflt);
  }
}
