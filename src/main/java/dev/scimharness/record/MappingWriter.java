package dev.scimharness.record;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.endpoint.Exchange;
import dev.scimharness.endpoint.Redactor;
import dev.scimharness.scim.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a recorded run as WireMock stub mappings (https://wiremock.org/docs/stubbing/), one file per scenario
 * under {@code mappings/}. The answers to one scenario's identical requests form a WireMock stateful scenario
 * (https://wiremock.org/docs/stateful-behaviour/) named after the scenario and the request, so they replay in the
 * recorded order however the scenarios interleave; the last answer repeats. A request a replay sends from another
 * scenario than in the recording (the run's shared discovery reads, fetched by whichever scenario comes first) falls
 * through to {@code shared.json}, at a lower priority. The credential never reaches a file: a request that carried
 * it is matched by the replay's own token, any other Authorization value only by not being that token.
 */
final class MappingWriter {
  static final int KEYED_PRIORITY = 1;
  static final int SHARED_PRIORITY = 5;
  private static final String STARTED = "Started";
  // Set by the client or the transport, or meaningless once the body is decoded.
  private static final Set<String> UNMATCHED_REQUEST = Set.of("content-length", "host", "connection", "user-agent",
      Recording.SCENARIO_HEADER.toLowerCase(java.util.Locale.ROOT));
  private static final Set<String> UNSERVED_RESPONSE = Set.of("content-length", "transfer-encoding",
      "content-encoding", "connection", "keep-alive", "set-cookie");

  private final Redactor redactor;
  private final String origin;
  private final String token;
  // Every header name the run's requests carried: a request without one must not match a mapping of one with it.
  private final Map<String, String> headerNames = new java.util.TreeMap<>();

  /** {@code token} is the run's bearer token (may be null); the redactor knows it and every other secret. */
  MappingWriter(Redactor redactor, String origin, String token) {
    this.redactor = redactor;
    this.origin = origin;
    this.token = token;
  }

  /** Writes {@code dir/mappings/*.json}; returns how many mappings. */
  int write(Path dir, List<Recorded> run) throws IOException {
    Path mappings = dir.resolve(Recording.MAPPINGS);
    Files.createDirectories(mappings);
    try (var old = Files.list(mappings)) {
      for (Path p : old.filter(p -> p.toString().endsWith(".json")).toList()) {
        Files.delete(p);
      }
    }
    for (Recorded r : run) {
      r.raw().requestHeaders().keySet().forEach(h -> headerNames.putIfAbsent(h.toLowerCase(java.util.Locale.ROOT), h));
    }
    Map<String, Map<String, List<Recorded>>> byScenario = new LinkedHashMap<>();
    Map<String, List<Recorded>> bySignature = new LinkedHashMap<>();
    for (Recorded r : run) {
      String sig = signature(r.raw());
      byScenario.computeIfAbsent(r.scenario() == null ? "" : r.scenario(), k -> new LinkedHashMap<>())
          .computeIfAbsent(sig, k -> new ArrayList<>()).add(r);
      bySignature.computeIfAbsent(sig, k -> new ArrayList<>()).add(r);
    }
    int count = 0;
    int file = 0;
    for (Map.Entry<String, Map<String, List<Recorded>>> s : byScenario.entrySet()) {
      if (s.getKey().isEmpty()) {
        continue;
      }
      ArrayNode list = Json.MAPPER.createArrayNode();
      for (List<Recorded> sequence : s.getValue().values()) {
        count += sequence(list, s.getKey(), sequence, KEYED_PRIORITY);
      }
      writeFile(mappings.resolve(String.format("%04d-%s.json", ++file, slug(s.getKey()))), list);
    }
    ArrayNode shared = Json.MAPPER.createArrayNode();
    for (List<Recorded> all : bySignature.values()) {
      List<Recorded> unkeyed = all.stream().filter(r -> r.scenario() == null).toList();
      // Outside any scenario the recorded order stands; otherwise the first answer serves every scenario that asks.
      count += sequence(shared, null, unkeyed.isEmpty() ? List.of(all.get(0)) : unkeyed, SHARED_PRIORITY);
    }
    writeFile(mappings.resolve("shared.json"), shared);
    return count;
  }

  private int sequence(ArrayNode out, String scenario, List<Recorded> sequence, int priority) {
    String name = (scenario == null ? "shared" : scenario) + " " + hash(signature(sequence.get(0).raw()));
    for (int i = 0; i < sequence.size(); i++) {
      ObjectNode m = out.addObject();
      m.put("id", UUID.nameUUIDFromBytes((name + "#" + i).getBytes(StandardCharsets.UTF_8)).toString());
      m.put("name", name + " #" + (i + 1));
      m.put("priority", priority);
      if (sequence.size() > 1) {
        m.put("scenarioName", name);
        m.put("requiredScenarioState", state(i));
        if (i + 1 < sequence.size()) {
          m.put("newScenarioState", state(i + 1));
        }
      }
      m.set("request", request(sequence.get(i).raw(), scenario));
      m.set("response", response(sequence.get(i).raw()));
    }
    return sequence.size();
  }

  private static String state(int i) {
    return i == 0 ? STARTED : "answer " + (i + 1);
  }

  private ObjectNode request(Exchange e, String scenario) {
    ObjectNode req = Json.MAPPER.createObjectNode();
    req.put("method", e.method());
    req.put("url", path(e.uri()));
    ObjectNode headers = req.putObject("headers");
    if (scenario != null) {
      headers.putObject(Recording.SCENARIO_HEADER).put("equalTo", scenario);
    }
    matchers(e).forEach(headers::set);
    // WireMock's equalTo never matches a missing body; "absent" does, and only that.
    ObjectNode body = req.putArray("bodyPatterns").addObject();
    if (e.requestBody().isEmpty()) {
      body.put("absent", true);
    } else {
      body.put("equalTo", redactor.text(e.requestBody()));
    }
    return req;
  }

  /** How each request header is matched; Authorization by kind only, other credentials not at all. */
  private Map<String, ObjectNode> matchers(Exchange e) {
    Map<String, ObjectNode> out = new LinkedHashMap<>();
    String auth = null;
    java.util.Set<String> sent = new java.util.HashSet<>();
    for (Map.Entry<String, String> h : e.requestHeaders().entrySet()) {
      sent.add(h.getKey().toLowerCase(java.util.Locale.ROOT));
      String lower = h.getKey().toLowerCase(java.util.Locale.ROOT);
      if (lower.equals("authorization")) {
        auth = h.getValue();
      } else if (!UNMATCHED_REQUEST.contains(lower) && !Redactor.sensitiveHeader(h.getKey())) {
        out.put(h.getKey(), Json.MAPPER.createObjectNode().put("equalTo", redactor.text(h.getValue())));
      }
    }
    ObjectNode a = Json.MAPPER.createObjectNode();
    String replay = "Bearer " + Recording.REPLAY_TOKEN;
    if (auth == null) {
      a.put("absent", true);
    } else if (configured(auth)) {
      a.put("equalTo", replay);
    } else {
      a.put("matches", "^(?!" + java.util.regex.Pattern.quote(replay) + "$).*$");
    }
    out.put("Authorization", a);
    headerNames.forEach((lower, name) -> {
      if (!sent.contains(lower) && !out.containsKey(name) && !UNMATCHED_REQUEST.contains(lower)
          && !Redactor.sensitiveHeader(name)) {
        out.put(name, Json.MAPPER.createObjectNode().put("absent", true));
      }
    });
    return out;
  }

  private boolean configured(String auth) {
    return !redactor.text(auth).equals(auth) || token != null && auth.equals("Bearer " + token);
  }

  private ObjectNode response(Exchange e) {
    ObjectNode resp = Json.MAPPER.createObjectNode();
    if (!e.answered()) {
      // No answer came (refused, reset, timed out): the replay drops the connection, which the client records alike.
      resp.put("fault", "CONNECTION_RESET_BY_PEER");
      return resp;
    }
    resp.put("status", e.status());
    ObjectNode headers = resp.putObject("headers");
    e.responseHeaders().forEach((k, v) -> {
      if (!UNSERVED_RESPONSE.contains(k.toLowerCase(java.util.Locale.ROOT))) {
        ArrayNode values = headers.putArray(k);
        v.forEach(one -> values.add(redactor.header(k, one)));
      }
    });
    if (!e.responseBody().isEmpty()) {
      resp.put("body", redactor.text(e.responseBody()));
    }
    return resp;
  }

  /** The path and query of a URL under the recorded origin, as WireMock's {@code url} matcher compares them. */
  String path(String uri) {
    if (uri.startsWith(origin)) {
      String rest = uri.substring(origin.length());
      return rest.isEmpty() ? "/" : rest;
    }
    java.net.URI u = java.net.URI.create(uri);
    return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
  }

  /** What makes two requests the same request to a replay: method, URL, matched headers and body. */
  private String signature(Exchange e) {
    StringBuilder sb = new StringBuilder(e.method()).append(' ').append(path(e.uri())).append('\n');
    matchers(e).forEach((k, v) -> sb.append(k.toLowerCase(java.util.Locale.ROOT)).append(v).append('\n'));
    return sb.append('\n').append(redactor.text(e.requestBody())).toString();
  }

  private static String hash(String s) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d, 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  static String slug(String key) {
    String s = key.replaceFirst("^features/", "").replaceAll("[^A-Za-z0-9.]+", "-");
    return Objects.requireNonNull(s.length() > 80 ? s.substring(s.length() - 80) : s);
  }

  private static void writeFile(Path file, ArrayNode mappings) throws IOException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.set("mappings", mappings);
    Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
  }
}
