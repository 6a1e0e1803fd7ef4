package dev.scimharness.learn;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lookups before create of one collection: the first one is the template; what the client did next tells which
 * answers it reads as "not there". An empty list followed by a create of the same name shows {@code empty-list};
 * the provoked 404 shows whether {@code 404} is read so (a create follows) or stops the client.
 */
final class Lookups {
  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  private ObjectNode template;
  private Boolean emptyList;
  private Boolean notFound;

  void see(Seen s, Seen next, ObjectNode call) {
    template = template == null ? call : template;
    Matcher m = QUOTED.matcher(s.filter());
    String value = m.find() ? m.group(1) : null;
    boolean created = value != null && next != null && next.create() && next.collection().equals(s.collection())
        && next.raw().body().contains(value);
    if (s.raw().provoked() == Recorded.Provoked.NOT_FOUND) {
      notFound = created;
    } else if (s.answeredEmptyList() && created) {
      emptyList = true;
    }
  }

  /** {@code match:} with {@code notFound}; {@code null} when the client never looked up. */
  ObjectNode match(Unknown unknown, String field) {
    if (template == null) {
      return null;
    }
    ObjectNode match = Json.object();
    match.set("call", template);
    ArrayNode answers = match.putArray("notFound");
    if (Boolean.TRUE.equals(emptyList)) {
      answers.add("empty-list");
    }
    if (Boolean.TRUE.equals(notFound)) {
      answers.add("404");
    }
    if (emptyList == null) {
      answers.add(Unknown.WORD);
      unknown.add(field + " empty-list", "no empty answer was followed by a create");
    }
    if (notFound == null) {
      answers.add(Unknown.WORD);
      unknown.add(field + " 404", "no 404 was provoked on this lookup");
    }
    return match;
  }
}
