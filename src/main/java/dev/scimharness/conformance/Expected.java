package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a feature file says a value should be: a literal compared with the JSON text of the value
 * ({@code Barbara}, {@code true}, {@code 42}), or one of the markers {@code <absent>}, {@code <present>},
 * {@code <string>}, {@code <number>}, {@code <integer>}, {@code <boolean>}, {@code <datetime>}, {@code <empty>} (absent or an empty
 * array), {@code <count N>} (exactly N values), or {@code ~text} (equal ignoring case).
 */
public sealed interface Expected {
  /** RFC 7643 §2.3.5: xsd:dateTime, e.g. 2008-01-23T04:56:22Z; the zone is required so instants compare. */
  java.util.regex.Pattern DATE_TIME = java.util.regex.Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  /** {@code null} when the values meet the expectation, else what was found instead. */
  String mismatch(List<JsonNode> found);

  String describe();

  static Expected parse(String text) {
    return switch (text) {
      case "<absent>" -> new Absent();
      case "<present>" -> new Kind("present", n -> true);
      case "<string>" -> new Kind("a string", JsonNode::isTextual);
      case "<number>" -> new Kind("a number", JsonNode::isNumber);
      case "<integer>" -> new Kind("an integer", JsonNode::isIntegralNumber);
      case "<boolean>" -> new Kind("a boolean", JsonNode::isBoolean);
      case "<empty>" -> new Count(0);
      case "<datetime>" -> new Kind("an xsd:dateTime with a time zone", n -> n.isTextual() && DATE_TIME.matcher(n.asText()).matches());
      default -> {
        if (text.startsWith("<count ") && text.endsWith(">")) {
          yield new Count(Integer.parseInt(text.substring(7, text.length() - 1).trim()));
        }
        if (text.startsWith("~")) {
          yield new Literal(text.substring(1), true);
        }
        yield new Literal(text, false);
      }
    };
  }

  private static String show(List<JsonNode> found) {
    if (found.isEmpty()) {
      return "nothing (absent)";
    }
    return found.stream().map(JsonNode::toString).collect(Collectors.joining(", "));
  }

  record Absent() implements Expected {
    @Override
    public String mismatch(List<JsonNode> found) {
      return found.isEmpty() ? null : show(found);
    }

    @Override
    public String describe() {
      return "to be absent";
    }
  }

  record Kind(String name, java.util.function.Predicate<JsonNode> test) implements Expected {
    @Override
    public String mismatch(List<JsonNode> found) {
      return !found.isEmpty() && found.stream().allMatch(test) ? null : show(found);
    }

    @Override
    public String describe() {
      return "to be " + name;
    }
  }

  record Count(int count) implements Expected {
    @Override
    public String mismatch(List<JsonNode> found) {
      return found.size() == count ? null : found.size() + " values: " + show(found);
    }

    @Override
    public String describe() {
      return "to hold " + count + " value(s)";
    }
  }

  /** Matches when any value reached equals the text, so a multi-valued path can be checked for one value. */
  record Literal(String text, boolean ignoreCase) implements Expected {
    @Override
    public String mismatch(List<JsonNode> found) {
      for (JsonNode n : found) {
        String actual = n.isValueNode() ? n.asText() : n.toString();
        if (ignoreCase ? actual.equalsIgnoreCase(text) : actual.equals(text)) {
          return null;
        }
      }
      return show(found);
    }

    @Override
    public String describe() {
      return "to equal " + (ignoreCase ? "(ignoring case) " : "") + "\"" + text + "\"";
    }
  }
}
