package dev.scimharness.standins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.scimharness.scim.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * A reverse proxy in front of a SCIM server that passes everything through, except that it rewrites the
 * {@code Location} and {@code Content-Location} headers and every {@code meta.location} in a JSON body with a
 * given function: what a server behind a proxy does when it returns its internal address, or a relative one.
 */
final class LocationRewritingProxy implements AutoCloseable {
  private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "accept-encoding",
      "transfer-encoding", "upgrade", "expect");
  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(16);
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String upstreamOrigin;
  private final String ownOrigin;
  private final UnaryOperator<String> rewrite;
  private final String basePath;

  /** {@code rewrite} gets each location as the proxy would pass it on correctly, under its own origin. */
  private LocationRewritingProxy(URI upstreamBase, UnaryOperator<String> rewrite) throws IOException {
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    this.upstreamOrigin = upstreamBase.getScheme() + "://" + upstreamBase.getRawAuthority();
    this.ownOrigin = "http://127.0.0.1:" + server.getAddress().getPort();
    this.basePath = upstreamBase.getRawPath();
    this.rewrite = rewrite;
    server.createContext("/", this::forward);
    server.setExecutor(pool);
    server.start();
  }

  static LocationRewritingProxy start(URI upstreamBase, UnaryOperator<String> rewrite) throws IOException {
    return new LocationRewritingProxy(upstreamBase, rewrite);
  }

  String origin() {
    return ownOrigin;
  }

  String baseUrl() {
    return ownOrigin + basePath;
  }

  private void forward(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] in = ex.getRequestBody().readAllBytes();
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(upstreamOrigin + ex.getRequestURI().getRawPath()
          + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery())));
      for (Map.Entry<String, List<String>> h : ex.getRequestHeaders().entrySet()) {
        if (!NOT_FORWARDED.contains(h.getKey().toLowerCase())) {
          h.getValue().forEach(v -> b.header(h.getKey(), v));
        }
      }
      b.method(ex.getRequestMethod(), in.length == 0 ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofByteArray(in));
      HttpResponse<byte[]> resp = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      resp.headers().map().forEach((name, values) -> {
        if (name.startsWith(":") || NOT_FORWARDED.contains(name.toLowerCase())) {
          return;
        }
        boolean location = name.equalsIgnoreCase("Location") || name.equalsIgnoreCase("Content-Location");
        values.forEach(v -> ex.getResponseHeaders().add(name, location ? rewrite.apply(passedOn(v)) : v));
      });
      byte[] out = body(resp.body());
      ex.sendResponseHeaders(resp.statusCode(), out.length == 0 ? -1 : out.length);
      try (OutputStream os = ex.getResponseBody()) {
        os.write(out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // Every reference the upstream wrote names it; passed on, it names the proxy, and meta.location is rewritten.
  private byte[] body(byte[] raw) {
    String text = new String(raw, StandardCharsets.UTF_8).replace(upstreamOrigin, ownOrigin);
    try {
      JsonNode json = Json.parse(text);
      rewriteMeta(json);
      return Json.write(json).getBytes(StandardCharsets.UTF_8);
    } catch (RuntimeException notJson) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }

  private void rewriteMeta(JsonNode n) {
    if (n == null) {
      return;
    }
    if (n.isObject()) {
      JsonNode meta = n.get("meta");
      if (meta != null && meta.isObject() && meta.get("location") != null && meta.get("location").isTextual()) {
        ((ObjectNode) meta).put("location", rewrite.apply(meta.get("location").asText()));
      }
      n.forEach(this::rewriteMeta);
    } else if (n.isArray()) {
      n.forEach(this::rewriteMeta);
    }
  }

  private String passedOn(String value) {
    return value.replace(upstreamOrigin, ownOrigin);
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
