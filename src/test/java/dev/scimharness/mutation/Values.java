package dev.scimharness.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** Another value of the same JSON type, so a mutant changes a value without changing its shape. */
final class Values {
  private Values() {}

  static JsonNode other(JsonNode v) {
    if (v.isBoolean()) {
      return BooleanNode.valueOf(!v.booleanValue());
    }
    if (v.isInt()) {
      return IntNode.valueOf(v.intValue() + 1);
    }
    if (v.isIntegralNumber()) {
      return LongNode.valueOf(v.longValue() + 1);
    }
    if (v.isTextual()) {
      return TextNode.valueOf(v.textValue().isEmpty() ? "x" : otherText(v.textValue()));
    }
    return v;
  }

  // Keeps a date a date and a URI a URI, and changes the rest by its last character.
  private static String otherText(String s) {
    if (s.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
      return (Integer.parseInt(s.substring(0, 4)) - 1) + s.substring(4);
    }
    char c = s.charAt(s.length() - 1);
    return s.substring(0, s.length() - 1) + (c == 'x' ? 'y' : 'x');
  }
}
