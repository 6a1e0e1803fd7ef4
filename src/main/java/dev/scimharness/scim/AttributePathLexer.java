package dev.scimharness.scim;

/**
 * The one lexer of attribute paths, for filters (RFC 7644 §3.4.2.2), PATCH paths (§3.5.2, which reuses the same
 * {@code attrPath}) and the {@code attributes} and {@code sortBy} parameters (§3.10):
 * <pre>
 * attrPath = [URI ":"] ATTRNAME *1subAttr
 * ATTRNAME = ALPHA *(nameChar)               ; and "$ref", the name RFC 7643 §2.3.7 gives a reference
 * nameChar = "-" / "_" / DIGIT / ALPHA
 * subAttr  = "." ATTRNAME
 * </pre>
 * A path is first delimited as a token of {@linkplain #isPathChar path characters}, then split and checked. A fault
 * is raised through the caller's {@link Errors} with its offset into the caller's text, so a filter or a PATCH path
 * reports where in the whole input the fault is, with its own {@code scimType}. Index-based: no regular
 * expression, and the only strings made are the parts of the path.
 */
public final class AttributePathLexer {
  /** Makes the caller's exception for a fault at a 0-based position: invalidFilter, invalidPath, … */
  @FunctionalInterface
  public interface Errors {
    RuntimeException at(int position, String reason);
  }

  /** For texts that are nothing but a path: {@code IllegalArgumentException("at 3: …")}. */
  public static final Errors ILLEGAL_ARGUMENT = (position, reason) ->
      new IllegalArgumentException("at " + position + ": " + reason);

  private AttributePathLexer() {}

  /** Characters a path token may hold: name characters, '.' before a sub-attribute, ':' in URNs, '$' for $ref. */
  public static boolean isPathChar(char c) {
    return isAlpha(c) || isDigit(c) || c == '-' || c == '_' || c == '.' || c == ':' || c == '$';
  }

  public static boolean isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The end of the token of path characters that starts at {@code from} ({@code from} itself if there is none). */
  public static int scan(String s, int from) {
    int p = from;
    while (p < s.length() && isPathChar(s.charAt(p))) {
      p++;
    }
    return p;
  }

  /** A whole text that must be one attribute path ({@code attributes} items, {@code sortBy}, JSON keys). */
  public static AttributePath parse(String text, Errors errors) {
    int end = scan(text, 0);
    if (end < text.length()) {
      throw errors.at(end, "'" + text.charAt(end) + "' cannot appear in an attribute path");
    }
    return path(text, 0, end, errors);
  }

  /**
   * The attribute path {@code s[start, end)}, a token {@link #scan} delimited. The URN ends at the last colon: an
   * attribute name holds no colon, while a URN holds dots ({@code …:enterprise:2.0:User:manager.value}).
   */
  public static AttributePath path(String s, int start, int end, Errors errors) {
    String urn = null;
    int nameAt = start;
    int colon = end - 1;
    while (colon >= start && s.charAt(colon) != ':') {
      colon--;
    }
    if (colon >= start) {
      checkUrn(s, start, colon, errors);
      urn = s.substring(start, colon);
      nameAt = colon + 1;
      if (nameAt == end) {
        throw errors.at(nameAt, "expected an attribute name after the schema URN '" + urn
            + ":'");
      }
    }
    int dot = indexOf(s, '.', nameAt, end);
    int nameEnd = dot < 0 ? end : dot;
    if (dot >= 0) {
      if (dot + 1 == end) {
        throw errors.at(dot + 1, "expected a sub-attribute name after '.'");
      }
      int second = indexOf(s, '.', dot + 1, end);
      if (second >= 0) {
        throw errors.at(second, "an attribute path has at most one sub-attribute");
      }
    }
    String name = name(s, nameAt, nameEnd, errors);
    String sub = dot < 0 ? null : name(s, dot + 1, end, errors);
    return new AttributePath(urn, name, sub);
  }

  /** {@code ATTRNAME} at {@code s[start, end)}, or {@code $ref}. */
  public static String name(String s, int start, int end, Errors errors) {
    if (start >= end) {
      throw errors.at(start, "expected an attribute name");
    }
    if (end - start == 4 && s.regionMatches(true, start, "$ref", 0, 4)) {
      return s.substring(start, end);
    }
    if (!isAlpha(s.charAt(start))) {
      throw errors.at(start, "an attribute name starts with a letter: '"
          + s.substring(start, end) + "'");
    }
    for (int i = start + 1; i < end; i++) {
      char c = s.charAt(i);
      if (!isAlpha(c) && !isDigit(c) && c != '-' && c != '_') {
        throw errors.at(i, "'" + c + "' is not allowed in attribute name '"
            + s.substring(start, end) + "'");
      }
    }
    return s.substring(start, end);
  }

  /**
   * The schema URN before the attribute name, {@code s[start, colon)}: it begins with a letter and its
   * colon-separated segments are not empty, and (being part of the token) it holds only path characters.
   * RFC 7644 §3.4.2.2 annotates {@code attrPath = [URI ":"] ATTRNAME *1subAttr} with "URI is SCIM "schema" URI",
   * and RFC 7643 §10.2.1 gives every such URI the structure "urn:ietf:params:scim:{type}:{name}{:other}" of
   * non-empty, colon-separated US-ASCII parts; a URI begins with its scheme, which "begin[s] with a letter"
   * (RFC 3986 §3.1). Whether the URN names a schema the resource type has is decided later, by resolution.
   */
  private static void checkUrn(String s, int start, int colon, Errors errors) {
    if (colon == start) {
      throw errors.at(start, "expected a schema URN before ':'");
    }
    for (int i = start + 1; i < colon; i++) {
      if (s.charAt(i) == ':' && s.charAt(i - 1) == ':') {
        throw errors.at(i, "empty segment in schema URN '" + s.substring(start, colon) + "'");
      }
    }
    if (s.charAt(colon - 1) == ':') {
      throw errors.at(colon, "empty segment in schema URN '" + s.substring(start, colon)
          + ":'");
    }
    if (!isAlpha(s.charAt(start))) {
      throw errors.at(start, "a schema URN starts with a letter: '"
          + s.substring(start, colon) + "'");
    }
  }

  private static int indexOf(String s, char c, int from, int end) {
    for (int i = from; i < end; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }
}
