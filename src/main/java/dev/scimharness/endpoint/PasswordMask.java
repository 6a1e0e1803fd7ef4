package dev.scimharness.endpoint;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.scimharness.scim.Json;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Masks the values of {@code password} attributes in a JSON text at any depth, attribute names compared
 * ignoring case (RFC 7643 §2.1), including a PATCH operation whose {@code path} is the password (RFC 7644
 * §3.5.2). The text is edited in place, not re-serialised, so everything else stays as the target wrote it.
 * Text that is not JSON is returned as it is; a JSON text cut short is masked as far as it goes.
 */
final class PasswordMask {
  private static final String MASKED = "\"" + Redactor.MASK + "\"";

  private PasswordMask() {}

  /** One JSON object being read: the span of its {@code value} member and whether its {@code path} is a password. */
  private static final class Operation {
    long[] value;
    boolean passwordPath;
  }

  static String apply(String text) {
    if (text == null || !text.toLowerCase(Locale.ROOT).contains("password")) {
      return text;
    }
    List<long[]> spans = new ArrayList<>();
    try (JsonParser p = Json.MAPPER.getFactory().createParser(text)) {
      Deque<Operation> objects = new ArrayDeque<>();
      String field = null;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          field = p.currentName();
          continue;
        }
        String name = field;
        field = null;
        if (name != null && isPassword(name) && t != JsonToken.VALUE_NULL) {
          spans.add(span(p, t));
        } else if (t == JsonToken.START_OBJECT) {
          objects.push(new Operation());
        } else if (t == JsonToken.END_OBJECT) {
          Operation o = objects.pop();
          if (o.passwordPath && o.value != null) {
            spans.add(o.value);
          }
        } else if (name != null && t.isScalarValue() && !objects.isEmpty()) {
          if (name.equalsIgnoreCase("value") && t != JsonToken.VALUE_NULL) {
            objects.peek().value = span(p, t);
          } else if (name.equalsIgnoreCase("path") && t == JsonToken.VALUE_STRING && isPassword(p.getText())) {
            objects.peek().passwordPath = true;
          }
        }
      }
    } catch (IOException e) {
      // Not JSON, or JSON cut short: what was found so far is masked, the rest is left as it is.
    }
    return mask(text, spans);
  }

  /** Where the current value starts and ends in the text, a structure skipped whole. */
  private static long[] span(JsonParser p, JsonToken t) throws IOException {
    long start = p.currentTokenLocation().getCharOffset();
    if (t.isStructStart()) {
      p.skipChildren();
    } else {
      p.getText(); // reads a string to its closing quote, so the location below is past it
    }
    return new long[] {start, p.currentLocation().getCharOffset()};
  }

  private static boolean isPassword(String attribute) {
    String a = attribute.trim().toLowerCase(Locale.ROOT);
    return a.equals("password") || a.endsWith(":password");
  }

  private static String mask(String text, List<long[]> spans) {
    if (spans.isEmpty()) {
      return text;
    }
    spans.sort(Comparator.comparingLong((long[] s) -> s[0]));
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (long[] s : spans) {
      if (s[0] < at || s[1] > text.length() || s[0] < 0) {
        continue;
      }
      out.append(text, at, (int) s[0]).append(MASKED);
      at = (int) s[1];
    }
    return out.append(text.substring(at)).toString();
  }
}
