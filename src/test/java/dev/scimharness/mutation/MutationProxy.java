package dev.scimharness.mutation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A reverse proxy in front of the reference server that records every exchange of a run and, when armed with a
 * mutant, changes the one answer the mutant addresses. References to the upstream in answers are passed on as
 * the proxy's own, so the suite sees one coherent target.
 */
final class MutationProxy implements AutoCloseable {
  private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "accept-encoding",
      "transfer-encoding", "upgrade", "expect", "date");
  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(16);
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String upstreamOrigin;
  private final String ownOrigin;
  private final String basePath;
  private final List<Exchange> recorded = new ArrayList<>();
  private final Map<String, Integer> seen = new HashMap<>();
  private final Map<String, String> lastBody = new HashMap<>();
  private Mutant armed;
  private boolean applied;

  private MutationProxy(URI upstreamBase) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    upstreamOrigin = upstreamBase.getScheme() + "://" + upstreamBase.getRawAuthority();
    ownOrigin = "http://127.0.0.1:" + server.getAddress().getPort();
    basePath = upstreamBase.getRawPath();
    server.createContext("/", this::forward);
    server.setExecutor(pool);
    server.start();
  }

  static MutationProxy start(String upstreamBase) throws IOException {
    return new MutationProxy(URI.create(upstreamBase));
  }

  String baseUrl() {
    return ownOrigin + basePath;
  }

  /** Starts a run: forgets what was recorded and arms {@code mutant} ({@code null}: a clean run). */
  synchronized void reset(Mutant mutant) {
    recorded.clear();
    seen.clear();
    lastBody.clear();
    armed = mutant;
    applied = false;
  }

  synchronized List<Exchange> recorded() {
    return List.copyOf(recorded);
  }

  /** Whether the armed mutant found its exchange in this run. */
  synchronized boolean applied() {
    return applied;
  }

  private void forward(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] in = ex.getRequestBody().readAllBytes();
      String query = ex.getRequestURI().getRawQuery();
      String path = ex.getRequestURI().getRawPath();
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(upstreamOrigin + path
          + (query == null ? "" : "?" + query)));
      ex.getRequestHeaders().forEach((k, vs) -> {
        if (!NOT_FORWARDED.contains(k.toLowerCase())) {
          vs.forEach(v -> b.header(k, v));
        }
      });
      b.method(ex.getRequestMethod(), in.length == 0 ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofByteArray(in));
      HttpResponse<byte[]> resp = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      Map<String, List<String>> headers = new LinkedHashMap<>();
      resp.headers().map().forEach((k, vs) -> {
        if (!k.startsWith(":") && !NOT_FORWARDED.contains(k.toLowerCase())) {
          headers.put(k, vs.stream().map(v -> v.replace(upstreamOrigin, ownOrigin)).toList());
        }
      });
      String body = new String(resp.body(), StandardCharsets.UTF_8).replace(upstreamOrigin, ownOrigin);
      Exchange e = new Exchange(ex.getRequestMethod(), path, query, new String(in, StandardCharsets.UTF_8),
          resp.statusCode(), headers, body, Phase.current());
      Exchange out = answer(e);
      out.headers().forEach((k, vs) -> vs.forEach(v -> ex.getResponseHeaders().add(k, v)));
      byte[] bytes = out.body() == null ? new byte[0] : out.body().getBytes(StandardCharsets.UTF_8);
      boolean noBody = bytes.length == 0 || out.status() == 204 || out.status() == 304;
      ex.sendResponseHeaders(out.status(), noBody ? -1 : bytes.length);
      if (!noBody) {
        try (OutputStream os = ex.getResponseBody()) {
          os.write(bytes);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized Exchange answer(Exchange e) {
    recorded.add(e);
    int n = seen.merge(e.signature(), 1, Integer::sum) - 1;
    String previous = lastBody.get(e.path());
    if (e.status() / 100 == 2 && e.body() != null && !e.body().isBlank()) {
      lastBody.put(e.path(), e.body());
    }
    if (armed == null || applied || n != armed.occurrence() || !armed.signature().equals(e.signature())) {
      return e;
    }
    try {
      Exchange m = armed.apply(e, previous);
      applied = true;
      return m;
    } catch (RuntimeException shapeDiffers) {
      return e;
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
