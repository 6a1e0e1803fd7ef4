package dev.scimharness.standins;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A reverse proxy on 127.0.0.1 in front of a SCIM server, for tests and benchmarks that need to stand between the
 * suite and a target: it forwards every request, optionally after a fixed delay, and lets a {@link Handler} change
 * the answer. The upstream origin is replaced by the proxy's own in every header and body first, so links lead back
 * through the proxy.
 */
public final class ReverseProxy implements AutoCloseable {
  /** A request as the proxy received it. */
  public record Incoming(String method, String path, String query, String body) {}

  /** An answer: the upstream's (with the proxy's origin), or the one a handler gives instead. */
  public record Answer(int status, Map<String, List<String>> headers, String body) {}

  /** Decides the answer the client gets; called on the proxy's threads. */
  @FunctionalInterface
  public interface Handler {
    Answer answer(Incoming request, Answer upstream);
  }

  private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "accept-encoding",
      "transfer-encoding", "upgrade", "expect", "date");
  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "reverse-proxy");
    t.setDaemon(true);
    return t;
  });
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final String upstreamOrigin;
  private final String ownOrigin;
  private final String basePath;
  private final Duration delay;
  private final Handler handler;

  private ReverseProxy(URI upstreamBase, Duration delay, Handler handler) throws IOException {
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
    this.upstreamOrigin = upstreamBase.getScheme() + "://" + upstreamBase.getRawAuthority();
    this.ownOrigin = "http://127.0.0.1:" + server.getAddress().getPort();
    this.basePath = upstreamBase.getRawPath();
    this.delay = delay;
    this.handler = handler;
    server.createContext("/", this::forward);
    server.setExecutor(pool);
    server.start();
  }

  /** Forwards after {@code delay} (zero: at once) and answers what {@code handler} decides. */
  public static ReverseProxy start(URI upstreamBase, Duration delay, Handler handler) throws IOException {
    return new ReverseProxy(upstreamBase, delay, handler);
  }

  public String origin() {
    return ownOrigin;
  }

  public String baseUrl() {
    return ownOrigin + basePath;
  }

  private void forward(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] in = ex.getRequestBody().readAllBytes();
      if (!delay.isZero()) {
        Thread.sleep(delay.toMillis()); // the injected round trip itself, not a wait for state
      }
      String path = ex.getRequestURI().getRawPath();
      String query = ex.getRequestURI().getRawQuery();
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(upstreamOrigin + path
          + (query == null ? "" : "?" + query))).timeout(Duration.ofSeconds(60));
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
      Answer upstream = new Answer(resp.statusCode(), headers,
          new String(resp.body(), StandardCharsets.UTF_8).replace(upstreamOrigin, ownOrigin));
      Answer out = handler.answer(new Incoming(ex.getRequestMethod(), path, query,
          new String(in, StandardCharsets.UTF_8)), upstream);
      out.headers().forEach((k, vs) -> vs.forEach(v -> ex.getResponseHeaders().add(k, v)));
      byte[] bytes = out.body() == null ? new byte[0] : out.body().getBytes(StandardCharsets.UTF_8);
      boolean noBody = bytes.length == 0 || out.status() == 204 || out.status() == 304
          || "HEAD".equals(ex.getRequestMethod());
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

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
