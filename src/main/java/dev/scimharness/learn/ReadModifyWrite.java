package dev.scimharness.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.simulator.Template;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A PUT right after a GET of the same resource, whose body is what the GET answered with some values changed, is a
 * read-modify-write (Okta's profile update): it is learned as {@code bodyFrom: previous} with {@code set:} the
 * changed values, so the learned dialect echoes what the target answers, ids and timestamps included.
 */
final class ReadModifyWrite {
  private ReadModifyWrite() {}

  static ObjectNode call(Seen s, Seen previous, Templater t) {
    if (!s.method().equals("PUT") || previous == null || previous.answer() == null || !previous.answer().isObject()
        || s.body() == null || !s.body().isObject()) {
      return t.call(s);
    }
    Map<String, JsonNode> changed = new LinkedHashMap<>();
    diff("", (ObjectNode) previous.answer(), (ObjectNode) s.body(), changed);
    ObjectNode rebuilt = previous.answer().deepCopy();
    changed.forEach((pointer, value) -> Template.set(rebuilt, pointer, value));
    if (!Json.write(rebuilt).equals(Json.write(s.body()))) {
      return t.call(s);
    }
    ObjectNode call = t.call(withoutBody(s));
    call.put("bodyFrom", "previous");
    ObjectNode set = call.putObject("set");
    changed.forEach((pointer, value) -> set.set(pointer, t.value(s, pointer, value)));
    return call;
  }

  private static Seen withoutBody(Seen s) {
    return new Seen(s.raw(), s.collection(), s.id(), s.query(), null, s.answer());
  }

  /** The values of {@code after} that differ from {@code before}, by JSON Pointer; objects compared key by key. */
  private static void diff(String at, ObjectNode before, ObjectNode after, Map<String, JsonNode> out) {
    for (Iterator<Map.Entry<String, JsonNode>> it = after.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String pointer = at + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
      JsonNode old = before.get(e.getKey());
      if (old != null && old.isObject() && e.getValue().isObject()) {
        diff(pointer, (ObjectNode) old, (ObjectNode) e.getValue(), out);
      } else if (old == null || !old.equals(e.getValue())) {
        out.put(pointer, e.getValue());
      }
    }
  }
}
