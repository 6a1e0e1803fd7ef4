package dev.scimharness.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recorded request stream as lines to compare two runs by: what differs from run to run by design (server ids,
 * the IdP's object ids and random GUIDs numbered by first appearance, the run id in names, timestamps, versions,
 * generated passwords, the port, the token) is normalised; method, path, query as encoded, headers as sent and
 * bodies as sent stay.
 */
final class RequestStream {
  private static final Set<String> TRANSPORT = Set.of("host", "content-length", "connection", "upgrade",
      "http2-settings");
  private static final Pattern UUID = Pattern.compile(
      "(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern RUN = Pattern.compile("reyes\\.([0-9a-z]+)(@|%40)");
  private static final Pattern BASE = Pattern.compile("http://127\\.0\\.0\\.1:\\d+");
  private static final Set<String> VOLATILE = Set.of("created", "lastModified", "version", "password");

  private RequestStream() {}

  static List<String> lines(List<Recorded> traffic) {
    List<String> raw = new ArrayList<>();
    for (Recorded r : traffic) {
      StringBuilder line = new StringBuilder();
      line.append(r.method()).append(' ').append(r.path());
      if (!r.rawQuery().isEmpty()) {
        line.append('?').append(r.rawQuery());
      }
      if (r.provoked() != Recorded.Provoked.NONE) {
        line.append("  [answered ").append(r.status()).append(", provoked]");
      }
      r.headers().forEach((name, value) -> {
        if (!TRANSPORT.contains(name.toLowerCase(Locale.ROOT))) {
          String v = name.equalsIgnoreCase("authorization") ? value.replaceFirst(" .*", " <token>") : value;
          line.append("\n    ").append(name).append(": ").append(v);
        }
      });
      if (!r.body().isEmpty()) {
        line.append("\n    ").append(body(r.body()));
      }
      raw.add(line.toString());
    }
    return normalise(raw);
  }

  private static String body(String text) {
    try {
      JsonNode tree = Json.MAPPER.readTree(text);
      scrub(tree);
      return Json.write(tree);
    } catch (java.io.IOException e) {
      return text;
    }
  }

  private static void scrub(JsonNode node) {
    if (node instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      for (String n : names) {
        if (VOLATILE.contains(n) && o.get(n).isTextual()) {
          o.set(n, TextNode.valueOf("<" + n + ">"));
        } else {
          scrub(o.get(n));
        }
      }
    } else if (node != null && node.isArray()) {
      node.forEach(RequestStream::scrub);
    }
  }

  private static List<String> normalise(List<String> lines) {
    String all = String.join("\u0000", lines);
    all = BASE.matcher(all).replaceAll("<base>");
    Map<String, String> ids = new HashMap<>();
    Matcher m = UUID.matcher(all);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String key = m.group().toLowerCase(Locale.ROOT);
      m.appendReplacement(out, ids.computeIfAbsent(key, k -> "<id" + (ids.size() + 1) + ">"));
    }
    m.appendTail(out);
    all = out.toString();
    Matcher run = RUN.matcher(all);
    if (run.find()) {
      String token = Pattern.quote(run.group(1));
      all = all.replaceAll("(?<=\\.|\\s|\\+|%20)" + token + "(?=@|%40|\"|%22|\\\\|$|\u0000)", "<run>");
    }
    return List.of(all.split("\u0000", -1));
  }
}
