package dev.scimharness.standins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A reverse proxy in front of a SCIM server that passes everything through, except that it rewrites the
 * {@code Location} and {@code Content-Location} headers and every {@code meta.location} in a JSON body with a
 * given function: what a server behind a proxy does when it returns its internal address, or a relative one.
 */
final class LocationRewritingProxy implements AutoCloseable {
  private final ReverseProxy proxy;
  private final UnaryOperator<String> rewrite;

  /** {@code rewrite} gets each location as the proxy would pass it on correctly, under its own origin. */
  private LocationRewritingProxy(URI upstreamBase, UnaryOperator<String> rewrite) throws IOException {
    this.rewrite = rewrite;
    this.proxy = ReverseProxy.start(upstreamBase, Duration.ZERO, this::answer);
  }

  static LocationRewritingProxy start(URI upstreamBase, UnaryOperator<String> rewrite) throws IOException {
    return new LocationRewritingProxy(upstreamBase, rewrite);
  }

  String origin() {
    return proxy.origin();
  }

  String baseUrl() {
    return proxy.baseUrl();
  }

  private ReverseProxy.Answer answer(ReverseProxy.Incoming in, ReverseProxy.Answer upstream) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    upstream.headers().forEach((name, values) -> {
      boolean location = name.equalsIgnoreCase("Location") || name.equalsIgnoreCase("Content-Location");
      headers.put(name, location ? values.stream().map(rewrite).toList() : values);
    });
    return new ReverseProxy.Answer(upstream.status(), headers, body(upstream.body()));
  }

  // Every reference the upstream wrote names it; passed on, it names the proxy, and meta.location is rewritten.
  private String body(String text) {
    try {
      JsonNode json = Json.parse(text);
      rewriteMeta(json);
      return Json.write(json);
    } catch (RuntimeException notJson) {
      return text;
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

  @Override
  public void close() {
    proxy.close();
  }
}
