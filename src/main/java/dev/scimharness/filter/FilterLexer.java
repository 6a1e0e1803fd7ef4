package dev.scimharness.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.scimharness.scim.AttributePathLexer;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The tokens of the filter language below the grammar of {@link FilterParser}: whitespace, keywords and the
 * comparison values, {@code compValue = false / null / true / number / string} with the JSON spellings of
 * RFC 8259 §6 and §7. Attribute paths are lexed by {@link AttributePathLexer}. One pass over the text, no regular
 * expression; a string without escapes is one substring.
 */
abstract class FilterLexer {
  final String s;
  int pos;

  FilterLexer(String text) {
    this.s = text;
  }

  /** Whether {@code word} (any case) stands at {@code at} as a whole token, not as the start of a path. */
  final boolean matchesWord(int at, String word) {
    return s.regionMatches(true, at, word, 0, word.length())
        && (at + word.length() == s.length() || !AttributePathLexer.isPathChar(s.charAt(at + word.length())));
  }

  static CompareOp compareOp(String w) {
    if (w.length() != 2) {
      return null;
    }
    for (CompareOp op : CompareOp.values()) {
      if (op.wire().equalsIgnoreCase(w)) {
        return op;
      }
    }
    return null;
  }

  // ---- values ----

  final JsonNode parseValue(String opWord) {
    int at = pos;
    char c = s.charAt(pos);
    if (c == '"') {
      return TextNode.valueOf(parseString());
    }
    if (c == '-' || AttributePathLexer.isDigit(c)) {
      return parseNumber();
    }
    if (AttributePathLexer.isAlpha(c)) {
      int end = AttributePathLexer.scan(s, at);
      String word = s.substring(at, end);
      pos = end;
      switch (word) {
        case "true":
          return BooleanNode.TRUE;
        case "false":
          return BooleanNode.FALSE;
        case "null":
          return NullNode.instance;
        default:
          String hint = word.equalsIgnoreCase("true") || word.equalsIgnoreCase("false")
              || word.equalsIgnoreCase("null") ? " (true, false and null are lower case)" : "";
          throw error(at, "unquoted value '" + word + "' after '" + opWord
              + "'; a string must be in double quotes" + hint);
      }
    }
    throw error(at, "expected a comparison value after '" + opWord + "', found '" + fragment(at) + "'");
  }

  private String parseString() {
    int open = pos;
    pos++;
    StringBuilder sb = null;
    int runStart = pos;
    while (true) {
      if (pos >= s.length()) {
        throw error(open, "unterminated string: no closing '\"'");
      }
      char c = s.charAt(pos);
      if (c == '"') {
        String out;
        if (sb == null) {
          out = s.substring(runStart, pos);
        } else {
          out = sb.append(s, runStart, pos).toString();
        }
        pos++;
        return out;
      }
      if (c < 0x20) {
        throw error(pos, "control character U+" + String.format("%04X", (int) c)
            + " in a string must be escaped");
      }
      if (c != '\\') {
        pos++;
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder();
      }
      sb.append(s, runStart, pos);
      int esc = pos;
      if (pos + 1 >= s.length()) {
        throw error(esc, "unterminated escape sequence");
      }
      char e = s.charAt(pos + 1);
      pos += 2;
      switch (e) {
        case '"' -> sb.append('"');
        case '\\' -> sb.append('\\');
        case '/' -> sb.append('/');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          if (pos + 4 > s.length()) {
            throw error(esc, "'\\u' needs four hex digits");
          }
          int v = 0;
          for (int i = 0; i < 4; i++) {
            int d = Character.digit(s.charAt(pos + i), 16);
            if (d < 0) {
              throw error(pos + i, "'\\u' needs four hex digits");
            }
            v = v * 16 + d;
          }
          pos += 4;
          sb.append((char) v);
        }
        default -> throw error(esc, "invalid escape '\\" + e + "' in a string");
      }
      runStart = pos;
    }
  }

  /** number = [ "-" ] int [ frac ] [ exp ] (RFC 8259 §6); integers stay integers, the rest BigDecimal. */
  private JsonNode parseNumber() {
    int start = pos;
    int p = pos;
    if (s.charAt(p) == '-') {
      p++;
    }
    if (p >= s.length() || !isDigit(s.charAt(p))) {
      throw error(p, "expected a digit in number");
    }
    if (s.charAt(p) == '0') {
      p++;
      if (p < s.length() && isDigit(s.charAt(p))) {
        throw error(p, "a number has no leading zeros");
      }
    } else {
      while (p < s.length() && isDigit(s.charAt(p))) {
        p++;
      }
    }
    boolean integral = true;
    if (p < s.length() && s.charAt(p) == '.') {
      integral = false;
      p++;
      if (p >= s.length() || !isDigit(s.charAt(p))) {
        throw error(p, "expected a digit after the decimal point");
      }
      while (p < s.length() && isDigit(s.charAt(p))) {
        p++;
      }
    }
    if (p < s.length() && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
      integral = false;
      p++;
      if (p < s.length() && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
        p++;
      }
      if (p >= s.length() || !isDigit(s.charAt(p))) {
        throw error(p, "expected a digit in the exponent");
      }
      while (p < s.length() && isDigit(s.charAt(p))) {
        p++;
      }
    }
    if (p < s.length()) {
      char c = s.charAt(p);
      if (!isWs(c) && c != ')' && c != ']') {
        throw error(p, "unexpected '" + c + "' after number");
      }
    }
    String text = s.substring(start, p);
    pos = p;
    if (!integral) {
      try {
        return DecimalNode.valueOf(new BigDecimal(text));
      } catch (NumberFormatException | ArithmeticException e) {
        throw error(start, "number out of range: " + text);
      }
    }
    int digits = text.length() - (text.charAt(0) == '-' ? 1 : 0);
    if (digits <= 9) {
      return IntNode.valueOf(Integer.parseInt(text));
    }
    if (digits <= 18) {
      long v = Long.parseLong(text);
      return v == (int) v ? IntNode.valueOf((int) v) : LongNode.valueOf(v);
    }
    BigInteger big = new BigInteger(text);
    if (big.bitLength() < 64) {
      long v = big.longValue();
      return v == (int) v ? IntNode.valueOf((int) v) : LongNode.valueOf(v);
    }
    return BigIntegerNode.valueOf(big);
  }

  // ---- helpers ----

  final void skipWs() {
    while (pos < s.length() && isWs(s.charAt(pos))) {
      pos++;
    }
  }

  /** The next token-ish slice of the input, for error messages. */
  final String fragment(int at) {
    if (at >= s.length()) {
      return "end of filter";
    }
    int end = AttributePathLexer.scan(s, at);
    if (end == at) {
      end = at + 1;
    }
    return s.substring(at, Math.min(end, at + 40));
  }

  static FilterSyntaxException error(int at, String reason) {
    return new FilterSyntaxException(at, reason);
  }

  static boolean isWs(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean isDigit(char c) {
    return AttributePathLexer.isDigit(c);
  }
}
