package dev.scimharness.patch;

import dev.scimharness.filter.Filter;
import dev.scimharness.filter.FilterParser;
import dev.scimharness.filter.FilterSyntaxException;
import dev.scimharness.scim.AttributePath;
import dev.scimharness.scim.Leniency;
import dev.scimharness.scim.ScimException;

/**
 * Parses the {@code path} of a PATCH operation (RFC 7644 §3.5.2 Figure 7: {@code attrPath / valuePath [subAttr]},
 * the rules of §3.4.2.2). The text between {@code [} and {@code ]} is handed to {@link FilterParser}.
 *
 * <p>A malformed filter inside the brackets is reported as {@code invalidPath}, not {@code invalidFilter}: the
 * filter is part of the PATH rule, and Table 9 of RFC 7644 §3.12 gives {@code invalidPath} for a "path" that is
 * "invalid or malformed (see Figure 7)"; {@code invalidFilter} belongs to the {@code filter} query parameter. The
 * position reported is the position in the whole path.
 */
public final class PatchPathParser {
  private PatchPathParser() {}

  public static PatchPath parse(String path) {
    if (path == null || path.isEmpty()) {
      throw new PatchPathSyntaxException("", 0, "the path is empty; name an attribute");
    }
    int bracket = path.indexOf('[');
    int attrEnd = bracket < 0 ? path.length() : bracket;
    AttributePath attribute = attrPath(path, 0, attrEnd);
    if (bracket < 0) {
      return PatchPath.of(attribute);
    }
    if (attribute.hasSubAttribute()) {
      throw new PatchPathSyntaxException(path, path.lastIndexOf('.', bracket),
          "a value filter selects values of an attribute, so the sub-attribute goes after ']' "
              + "(" + attribute.parent() + "[…]." + attribute.subAttribute() + ")");
    }
    int close = closingBracket(path, bracket);
    String inside = path.substring(bracket + 1, close);
    if (inside.isBlank()) {
      throw new PatchPathSyntaxException(path, bracket + 1, "the value filter between '[' and ']' is empty");
    }
    Filter filter = filter(path, inside, bracket + 1);
    String sub = null;
    int after = close + 1;
    if (after < path.length()) {
      if (path.charAt(after) != '.') {
        throw new PatchPathSyntaxException(path, after,
            "only '.' and a sub-attribute name may follow a value filter, found '" + path.charAt(after) + "'");
      }
      sub = attrName(path, after + 1, path.length(), "sub-attribute");
    }
    return new PatchPath(attribute, filter, sub);
  }

  /** {@code [URI ":"] ATTRNAME *1subAttr}; the URN ends at the last colon, as attribute names hold no colon. */
  private static AttributePath attrPath(String path, int start, int end) {
    if (start == end) {
      throw new PatchPathSyntaxException(path, start, "an attribute name is expected");
    }
    int colon = path.lastIndexOf(':', end - 1);
    String urn = null;
    int nameStart = start;
    if (colon >= start) {
      urn = path.substring(start, colon);
      checkUrn(path, start, colon);
      nameStart = colon + 1;
    }
    int dot = path.indexOf('.', nameStart);
    if (dot >= end) {
      dot = -1;
    }
    String name = attrName(path, nameStart, dot < 0 ? end : dot, "attribute");
    String sub = dot < 0 ? null : attrName(path, dot + 1, end, "sub-attribute");
    return new AttributePath(urn, name, sub);
  }

  private static void checkUrn(String path, int start, int colon) {
    if (colon == start) {
      throw new PatchPathSyntaxException(path, start, "a schema URN is expected before ':'");
    }
    for (int i = start; i < colon; i++) {
      char c = path.charAt(i);
      if (Character.isWhitespace(c) || c == '"' || c == ']' || c == '[') {
        throw new PatchPathSyntaxException(path, i, "'" + c + "' cannot appear in a schema URN");
      }
    }
  }

  /** {@code ATTRNAME = ALPHA *(nameChar)}, plus {@code $ref} which RFC 7643 uses as a sub-attribute name. */
  private static String attrName(String path, int start, int end, String what) {
    if (start >= end) {
      throw new PatchPathSyntaxException(path, start, "a " + what + " name is expected");
    }
    String name = path.substring(start, end);
    if (name.equalsIgnoreCase("$ref")) {
      return name;
    }
    if (!isAlpha(name.charAt(0))) {
      throw new PatchPathSyntaxException(path, start,
          "a " + what + " name starts with a letter, found '" + name.charAt(0) + "'");
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isAlpha(c) && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
        throw new PatchPathSyntaxException(path, start + i,
            "'" + c + "' cannot appear in a " + what + " name (letters, digits, '-' and '_' only)");
      }
    }
    return name;
  }

  /** The ']' that closes the '[' at {@code open}, skipping brackets inside quoted strings. */
  private static int closingBracket(String path, int open) {
    boolean inString = false;
    for (int i = open + 1; i < path.length(); i++) {
      char c = path.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == ']') {
        return i;
      } else if (c == '[') {
        throw new PatchPathSyntaxException(path, i, "value filters do not nest (RFC 7644 §3.4.2.2 valuePath)");
      }
    }
    throw new PatchPathSyntaxException(path, inString ? path.length() : open,
        inString ? "the quoted string in the value filter is not closed" : "the '[' is never closed by ']'");
  }

  private static Filter filter(String path, String inside, int offset) {
    try {
      return FilterParser.parse(inside, Leniency.STRICT);
    } catch (FilterSyntaxException e) {
      throw new PatchPathSyntaxException(path, offset + e.position(), "invalid value filter: " + e.reason());
    } catch (ScimException e) {
      throw new PatchPathSyntaxException(path, offset, "invalid value filter: " + e.detail());
    }
  }

  private static boolean isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
