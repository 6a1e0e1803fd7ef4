package dev.scimharness.record;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.endpoint.Exchange;
import dev.scimharness.endpoint.Redactor;
import dev.scimharness.scim.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a recorded run as an HTTP Archive, HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/), which a
 * browser's developer tools import. Every exchange is redacted first: credential headers show their scheme only
 * ({@code Bearer ***}), known secrets and password values are masked. An exchange that got no answer has status 0,
 * as browsers write a failed request, and says why in its comment.
 */
final class HarWriter {
  static final String VERSION = "1.2";
  private final Redactor redactor;
  private final String creatorVersion;

  HarWriter(Redactor redactor, String creatorVersion) {
    this.redactor = redactor;
    this.creatorVersion = creatorVersion;
  }

  void write(Path file, List<Recorded> run, RunSeed seed) throws IOException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ObjectNode log = root.putObject("log");
    log.put("version", VERSION);
    log.putObject("creator").put("name", "SCIM Harness").put("version", creatorVersion);
    log.put("comment", "name prefix " + seed.namePrefix() + ", seed " + seed.seed());
    ArrayNode entries = log.putArray("entries");
    for (Recorded r : run) {
      entries.add(entry(r));
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
  }

  private ObjectNode entry(Recorded r) {
    Exchange e = r.raw().redacted(redactor);
    long ms = e.duration().toMillis();
    ObjectNode entry = Json.MAPPER.createObjectNode();
    entry.put("startedDateTime", r.started().toString());
    entry.put("time", ms);
    entry.set("request", request(e));
    entry.set("response", response(e));
    entry.putObject("cache");
    // The client sees one duration per exchange: all of it is the wait for the answer.
    entry.putObject("timings").put("send", 0).put("wait", ms).put("receive", 0);
    String comment = (r.scenario() == null ? "" : "scenario " + r.scenario())
        + (e.answered() ? "" : (r.scenario() == null ? "" : "; ") + "no response: " + e.error());
    if (!comment.isEmpty()) {
      entry.put("comment", comment);
    }
    return entry;
  }

  private static ObjectNode request(Exchange e) {
    ObjectNode req = Json.MAPPER.createObjectNode();
    req.put("method", e.method());
    req.put("url", e.uri());
    req.put("httpVersion", "HTTP/1.1");
    req.putArray("cookies");
    headers(req.putArray("headers"), e.requestHeaders().entrySet().stream()
        .map(h -> Map.entry(h.getKey(), List.of(h.getValue()))).toList());
    ArrayNode query = req.putArray("queryString");
    String raw = rawQuery(e.uri());
    if (raw != null && !raw.isEmpty()) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        query.addObject().put("name", decode(eq < 0 ? pair : pair.substring(0, eq)))
            .put("value", eq < 0 ? "" : decode(pair.substring(eq + 1)));
      }
    }
    if (!e.requestBody().isEmpty()) {
      String type = e.requestHeaders().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("Content-Type"))
          .map(Map.Entry::getValue).findFirst().orElse("");
      req.putObject("postData").put("mimeType", type).put("text", e.requestBody());
    }
    req.put("headersSize", -1);
    req.put("bodySize", bytes(e.requestBody()));
    return req;
  }

  private static ObjectNode response(Exchange e) {
    ObjectNode resp = Json.MAPPER.createObjectNode();
    resp.put("status", e.status());
    resp.put("statusText", "");
    resp.put("httpVersion", "HTTP/1.1");
    resp.putArray("cookies");
    headers(resp.putArray("headers"), List.copyOf(e.responseHeaders().entrySet()));
    String type = e.responseHeader("Content-Type");
    resp.putObject("content").put("size", bytes(e.responseBody())).put("mimeType", type == null ? "" : type)
        .put("text", e.responseBody());
    String location = e.responseHeader("Location");
    resp.put("redirectURL", e.status() >= 300 && e.status() < 400 && location != null ? location : "");
    resp.put("headersSize", -1);
    resp.put("bodySize", e.answered() ? bytes(e.responseBody()) : -1);
    return resp;
  }

  private static void headers(ArrayNode out, List<Map.Entry<String, List<String>>> headers) {
    headers.forEach(h -> h.getValue().forEach(v -> out.addObject().put("name", h.getKey()).put("value", v)));
  }

  private static String rawQuery(String uri) {
    try {
      return URI.create(uri).getRawQuery();
    } catch (IllegalArgumentException notAUri) {
      return null;
    }
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return s;
    }
  }

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
