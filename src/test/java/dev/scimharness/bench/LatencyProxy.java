package dev.scimharness.bench;

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
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A reverse proxy on 127.0.0.1 that holds every request for a fixed delay before forwarding it: a stand-in for an
 * endpoint on another continent, where each exchange costs at least one round trip whatever the server does.
 * Origins in headers and bodies are rewritten so that {@code Location} and {@code meta.location} lead back
 * through the proxy.
 */
final class LatencyProxy implements AutoCloseable {
  private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "accept-encoding",
      "transfer-encoding", "upgrade", "expect", "date");
  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "latency-proxy");
    t.setDaemon(true);
    return t;
  });
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final String upstreamOrigin;
  private final String ownOrigin;
  private final String basePath;
  private final long delayMillis;
  private final AtomicLong requests = new AtomicLong();
  private final java.util.concurrent.ConcurrentHashMap<String, AtomicLong> bySignature =
      new java.util.concurrent.ConcurrentHashMap<>();

  private LatencyProxy(URI upstreamBase, long delayMillis) throws IOException {
    this.delayMillis = delayMillis;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
    upstreamOrigin = upstreamBase.getScheme() + "://" + upstreamBase.getRawAuthority();
    ownOrigin = "http://127.0.0.1:" + server.getAddress().getPort();
    basePath = upstreamBase.getRawPath();
    server.createContext("/", this::forward);
    server.setExecutor(pool);
    server.start();
  }

  static LatencyProxy start(String upstreamBase, long delayMillis) throws IOException {
    return new LatencyProxy(URI.create(upstreamBase), delayMillis);
  }

  String baseUrl() {
    return ownOrigin + basePath;
  }

  long requests() {
    return requests.get();
  }

  private void forward(HttpExchange ex) throws IOException {
    try (ex) {
      requests.incrementAndGet();
      bySignature.computeIfAbsent(ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath()
          .replaceAll("/[0-9a-fA-F-]{8,}", "/*"), k -> new AtomicLong()).incrementAndGet();
      byte[] in = ex.getRequestBody().readAllBytes();
      if (delayMillis > 0) {
        Thread.sleep(delayMillis); // the injected round trip itself, not a wait for state
      }
      String query = ex.getRequestURI().getRawQuery();
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(upstreamOrigin + ex.getRequestURI().getRawPath()
          + (query == null ? "" : "?" + query))).timeout(Duration.ofSeconds(60));
      ex.getRequestHeaders().forEach((k, vs) -> {
        if (!NOT_FORWARDED.contains(k.toLowerCase())) {
          vs.forEach(v -> b.header(k, v));
        }
      });
      b.method(ex.getRequestMethod(), in.length == 0 ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofByteArray(in));
      HttpResponse<byte[]> resp = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      resp.headers().map().forEach((k, vs) -> {
        if (!k.startsWith(":") && !NOT_FORWARDED.contains(k.toLowerCase())) {
          vs.forEach(v -> ex.getResponseHeaders().add(k, v.replace(upstreamOrigin, ownOrigin)));
        }
      });
      byte[] bytes = new String(resp.body(), StandardCharsets.UTF_8).replace(upstreamOrigin, ownOrigin)
          .getBytes(StandardCharsets.UTF_8);
      boolean noBody = bytes.length == 0 || resp.statusCode() == 204 || resp.statusCode() == 304
          || "HEAD".equals(ex.getRequestMethod());
      ex.sendResponseHeaders(resp.statusCode(), noBody ? -1 : bytes.length);
      if (!noBody) {
        try (OutputStream os = ex.getResponseBody()) {
          os.write(bytes);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The most frequent requests, method and path with ids blanked: where a run's round trips go. */
  String busiest(int n) {
    return bySignature.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get()))
        .limit(n).map(e -> e.getValue().get() + " " + e.getKey()).collect(java.util.stream.Collectors.joining("\n  ", "  ", ""));
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
