package dev.scimharness.filter;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * Writes a filter in canonical form: lower-case operators, single spaces, JSON-escaped strings and only the
 * parentheses the tree needs ({@code and} binds tighter than {@code or}; both associate to the left), so that
 * {@code FilterParser.parse(print(f)).equals(f)} for every tree the parser can produce.
 */
public final class FilterPrinter {
  private FilterPrinter() {}

  public static String print(Filter filter) {
    StringBuilder sb = new StringBuilder(64);
    write(filter, sb);
    return sb.toString();
  }

  private static void write(Filter f, StringBuilder sb) {
    if (f instanceof Or or) {
      write(or.left(), sb);
      sb.append(" or ");
      operand(or.right(), or.right() instanceof Or, sb);
    } else if (f instanceof And and) {
      operand(and.left(), and.left() instanceof Or, sb);
      sb.append(" and ");
      operand(and.right(), and.right() instanceof Or || and.right() instanceof And, sb);
    } else if (f instanceof Not not) {
      sb.append("not (");
      write(not.filter(), sb);
      sb.append(')');
    } else if (f instanceof ValuePath vp) {
      sb.append(vp.attribute()).append('[');
      write(vp.filter(), sb);
      sb.append(']');
    } else if (f instanceof Present p) {
      sb.append(p.attribute()).append(" pr");
    } else {
      Compare c = (Compare) f;
      sb.append(c.attribute()).append(' ').append(c.op().wire()).append(' ');
      value(c.value(), sb);
    }
  }

  private static void operand(Filter f, boolean parens, StringBuilder sb) {
    if (parens) {
      sb.append('(');
      write(f, sb);
      sb.append(')');
    } else {
      write(f, sb);
    }
  }

  /** A JSON literal as the filter grammar's compValue. */
  public static void value(JsonNode v, StringBuilder sb) {
    if (v.isTextual()) {
      string(v.textValue(), sb);
    } else if (v.isBigDecimal()) {
      String t = v.decimalValue().toString();
      sb.append(t);
      if (t.indexOf('.') < 0 && t.indexOf('E') < 0) {
        // Keeps a decimal a decimal when read back (5E0 has the same value and scale as 5).
        sb.append("E0");
      }
    } else if (v.isFloatingPointNumber()) {
      sb.append(BigDecimal.valueOf(v.doubleValue()).toString());
    } else {
      sb.append(v.asText());
    }
  }

  public static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
