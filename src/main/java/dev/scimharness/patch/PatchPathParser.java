package dev.scimharness.patch;

import dev.scimharness.filter.Filter;
import dev.scimharness.filter.FilterParser;
import dev.scimharness.filter.FilterSyntaxException;
import dev.scimharness.scim.AttributePath;
import dev.scimharness.scim.AttributePathLexer;
import dev.scimharness.scim.Leniency;
import dev.scimharness.scim.ScimException;

/**
 * Parses the {@code path} of a PATCH operation (RFC 7644 §3.5.2 Figure 7: {@code attrPath / valuePath [subAttr]},
 * the rules of §3.4.2.2). Attribute paths and names are lexed by {@link AttributePathLexer}, as in a filter; the
 * text between {@code [} and {@code ]} is handed to {@link FilterParser}.
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
    int attrEnd = AttributePathLexer.scan(path, 0);
    if (attrEnd == 0) {
      throw new PatchPathSyntaxException(path, 0, "an attribute name is expected");
    }
    AttributePathLexer.Errors errors = (position, reason) -> new PatchPathSyntaxException(path, position, reason);
    AttributePath attribute = AttributePathLexer.path(path, 0, attrEnd, errors);
    if (attrEnd == path.length()) {
      return PatchPath.of(attribute);
    }
    int bracket = attrEnd;
    if (path.charAt(bracket) != '[') {
      throw new PatchPathSyntaxException(path, bracket,
          "'" + path.charAt(bracket) + "' cannot appear in an attribute path");
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
      sub = subAttribute(path, after + 1, errors);
    }
    return new PatchPath(attribute, filter, sub);
  }

  /** The {@code subAttr} after {@code ]}: one name that ends the path. */
  private static String subAttribute(String path, int start, AttributePathLexer.Errors errors) {
    int end = AttributePathLexer.scan(path, start);
    String name = AttributePathLexer.name(path, start, end, errors);
    if (end < path.length()) {
      throw errors.at(end, "'" + path.charAt(end) + "' cannot follow the sub-attribute");
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
}
