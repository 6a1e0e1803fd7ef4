package dev.scimharness.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The structure HAR 1.2 requires (http://www.softwareishard.com/blog/har-12-spec/): the fields every log, entry,
 * request, response, content and timings object must have, with their types. What a browser needs to import it.
 */
final class HarCheck {
  private HarCheck() {}

  static List<String> problems(JsonNode har) {
    List<String> p = new ArrayList<>();
    JsonNode log = har.path("log");
    if (!log.isObject()) {
      p.add("no log object");
      return p;
    }
    if (!"1.2".equals(log.path("version").asText())) {
      p.add("log.version is not 1.2: " + log.path("version"));
    }
    text(p, log.path("creator"), "log.creator", "name", "version");
    if (!log.path("entries").isArray() || log.path("entries").isEmpty()) {
      p.add("log.entries is not a non-empty array");
      return p;
    }
    int i = 0;
    for (JsonNode e : log.path("entries")) {
      entry(p, e, "log.entries[" + i++ + "]");
    }
    return p;
  }

  private static void entry(List<String> p, JsonNode e, String at) {
    try {
      OffsetDateTime.parse(e.path("startedDateTime").asText());
    } catch (DateTimeParseException bad) {
      p.add(at + ".startedDateTime is not ISO 8601: " + e.path("startedDateTime"));
    }
    number(p, e, at, "time", 0);
    if (!e.path("cache").isObject()) {
      p.add(at + ".cache is not an object");
    }
    JsonNode req = e.path("request");
    text(p, req, at + ".request", "method", "url", "httpVersion");
    arrays(p, req, at + ".request", "cookies", "headers", "queryString");
    number(p, req, at + ".request", "headersSize", -1);
    number(p, req, at + ".request", "bodySize", -1);
    nameValues(p, req, at + ".request", "headers", "queryString");
    if (req.has("postData")) {
      text(p, req.path("postData"), at + ".request.postData", "mimeType", "text");
    }
    JsonNode resp = e.path("response");
    number(p, resp, at + ".response", "status", 0);
    text(p, resp, at + ".response", "statusText", "httpVersion", "redirectURL");
    arrays(p, resp, at + ".response", "cookies", "headers");
    number(p, resp, at + ".response", "headersSize", -1);
    number(p, resp, at + ".response", "bodySize", -1);
    nameValues(p, resp, at + ".response", "headers");
    number(p, resp.path("content"), at + ".response.content", "size", -1);
    text(p, resp.path("content"), at + ".response.content", "mimeType");
    JsonNode t = e.path("timings");
    for (String f : List.of("send", "wait", "receive")) {
      number(p, t, at + ".timings", f, -1);
    }
  }

  private static void text(List<String> p, JsonNode n, String at, String... fields) {
    for (String f : fields) {
      if (!n.path(f).isTextual()) {
        p.add(at + "." + f + " is not a string");
      }
    }
  }

  private static void arrays(List<String> p, JsonNode n, String at, String... fields) {
    for (String f : fields) {
      if (!n.path(f).isArray()) {
        p.add(at + "." + f + " is not an array");
      }
    }
  }

  private static void nameValues(List<String> p, JsonNode n, String at, String... fields) {
    for (String f : fields) {
      for (JsonNode h : n.path(f)) {
        if (!h.path("name").isTextual() || !h.path("value").isTextual()) {
          p.add(at + "." + f + " has an entry without name and value: " + h);
        }
      }
    }
  }

  private static void number(List<String> p, JsonNode n, String at, String field, long least) {
    if (!n.path(field).isNumber() || n.path(field).asLong() < least) {
      p.add(at + "." + field + " is not a number of at least " + least + ": " + n.path(field));
    }
  }
}
