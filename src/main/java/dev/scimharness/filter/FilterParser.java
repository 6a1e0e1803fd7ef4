package dev.scimharness.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.scimharness.lint.LintFinding;
import dev.scimharness.scim.AttributePath;
import dev.scimharness.scim.Leniency;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for the filter grammar of RFC 7644 §3.4.2.2:
 * <pre>
 * FILTER    = attrExp / logExp / valuePath / *1"not" "(" FILTER ")"
 * valuePath = attrPath "[" valFilter "]"          ; valFilter: the same, without valuePath
 * attrExp   = (attrPath SP "pr") / (attrPath SP compareOp SP compValue)
 * logExp    = FILTER SP ("and" / "or") SP FILTER   ; "and" binds tighter than "or"
 * compValue = false / null / true / number / string  ; JSON literals (RFC 8259)
 * attrPath  = [URI ":"] ATTRNAME *1subAttr
 * </pre>
 * Operators and {@code and}/{@code or}/{@code not} are case-insensitive; attribute names keep their spelling.
 * Logical operators associate to the left. Where the ABNF writes {@code SP}, any run of spaces, tabs or line
 * breaks is accepted (the RFC's own examples wrap lines), and it may be left out where no ambiguity arises:
 * around parentheses and brackets and after a string ({@code (a pr)and(b eq "x")or c pr}). Every rejection is a {@link FilterSyntaxException}
 * ({@code invalidFilter}) with the position and the reason.
 *
 * <p>One lenient extension: Entra ID sends {@code emails[type eq "work"].value eq "x"}, a value path followed
 * by a sub-attribute and a comparison — a PATCH path shape (§3.5.2) that the filter grammar does not allow.
 * With {@link Leniency#LENIENT} (the default of {@link #parse(String)}) it parses as
 * {@code emails[type eq "work" and value eq "x"]}, which is what the client means, and
 * {@link #parseReport} reports a lint finding; with {@link Leniency#STRICT} it is {@code invalidFilter}.
 */
public final class FilterParser {
  /**
   * Bounds that keep a hostile filter from costing the server: the parser and the evaluator recurse once per
   * nesting level, so an unbounded depth ({@code ((((…} or {@code not(not(…}) would overflow the thread's stack;
   * the length bound caps parse time and the size of the tree. Real filters are far below both.
   */
  public static final int MAX_LENGTH = 10_000;
  public static final int MAX_DEPTH = 100;

  /** Lint rule id for the Entra value-path-with-sub-attribute form. */
  public static final String RULE_VALUE_PATH_SUB_ATTRIBUTE = "filter-value-path-sub-attribute";

  private final String s;
  private final Leniency leniency;
  private final List<LintFinding> findings = new ArrayList<>(0);
  private int pos;
  private int depth;

  private FilterParser(String text, Leniency leniency) {
    this.s = text;
    this.leniency = leniency;
  }

  /** Parses leniently: accepts the documented Entra extension (see the class comment). */
  public static Filter parse(String text) {
    return parse(text, Leniency.LENIENT);
  }

  public static Filter parse(String text, Leniency leniency) {
    return parseReport(text, leniency).filter();
  }

  /** Parses and reports which lenient extensions, if any, the text needed. */
  public static ParsedFilter parseReport(String text, Leniency leniency) {
    if (text == null) {
      throw new FilterSyntaxException(0, "the filter is empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new FilterSyntaxException(MAX_LENGTH, "the filter is longer than " + MAX_LENGTH + " characters");
    }
    FilterParser p = new FilterParser(text, leniency == null ? Leniency.LENIENT : leniency);
    Filter f = p.parseWhole();
    return new ParsedFilter(f, p.findings);
  }

  /** Whether {@code text} parses only with a lenient extension; {@code invalidFilter} if it never parses. */
  public static boolean usesLenientExtension(String text) {
    return parseReport(text, Leniency.LENIENT).usedLenientExtension();
  }

  private Filter parseWhole() {
    skipWs();
    if (pos == s.length()) {
      throw error(pos, "the filter is empty");
    }
    Filter f = parseOr(false);
    skipWs();
    if (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == ')') {
        throw error(pos, "unbalanced ')': no '(' to close");
      }
      if (c == ']') {
        throw error(pos, "unbalanced ']': no '[' to close");
      }
      throw error(pos, "unexpected '" + fragment(pos) + "' after a complete expression; expected 'and', 'or' or the end");
    }
    return f;
  }

  private Filter parseOr(boolean inValueFilter) {
    Filter left = parseAnd(inValueFilter);
    while (keywordAhead("or")) {
      left = new Or(left, parseAnd(inValueFilter));
    }
    return left;
  }

  private Filter parseAnd(boolean inValueFilter) {
    Filter left = parseUnary(inValueFilter);
    while (keywordAhead("and")) {
      left = new And(left, parseUnary(inValueFilter));
    }
    return left;
  }

  /** Consumes whitespace and {@code word} when the next token is that keyword, which must be followed by a delimiter. */
  private boolean keywordAhead(String word) {
    int save = pos;
    skipWs();
    int start = pos;
    if (matchesWord(start, word)) {
      int end = start + word.length();
      if (end == s.length()) {
        throw error(end, "expected an expression after '" + word + "'");
      }
      char next = s.charAt(end);
      if (isWs(next) || next == '(') {
        pos = end;
        return true;
      }
    }
    pos = save;
    return false;
  }

  private boolean matchesWord(int at, String word) {
    return s.regionMatches(true, at, word, 0, word.length())
        && (at + word.length() == s.length() || !isPathChar(s.charAt(at + word.length())));
  }

  private Filter parseUnary(boolean inValueFilter) {
    skipWs();
    if (pos == s.length()) {
      throw error(pos, "expected an expression");
    }
    char c = s.charAt(pos);
    if (c == '(') {
      int open = pos++;
      enter(open);
      Filter inner = parseOr(inValueFilter);
      close(')', open);
      depth--;
      return inner;
    }
    if (matchesWord(pos, "not")) {
      int notAt = pos;
      int after = pos + 3;
      int p = after;
      while (p < s.length() && isWs(s.charAt(p))) {
        p++;
      }
      if (p < s.length() && s.charAt(p) == '(') {
        pos = p + 1;
        enter(notAt);
        Filter inner = parseOr(inValueFilter);
        close(')', p);
        depth--;
        return new Not(inner);
      }
      // Without "(", "not" is an attribute named "not" only if "[" or an operator follows it.
      int wordEnd = scanPathChars(p);
      String next = s.substring(p, wordEnd);
      boolean valuePath = p == after && p < s.length() && s.charAt(p) == '[';
      boolean operatorFollows = p > after && (next.equalsIgnoreCase("pr") || compareOp(next) != null);
      if (!valuePath && !operatorFollows) {
        throw error(p, "expected '(' after 'not'");
      }
    }
    return parseAttributeExpression(inValueFilter);
  }

  private Filter parseAttributeExpression(boolean inValueFilter) {
    int pathAt = pos;
    AttributePath path = parsePath();
    if (pos < s.length() && s.charAt(pos) == '[') {
      return parseValuePath(path, pathAt, inValueFilter);
    }
    return parseOperatorAndValue(path, pathAt);
  }

  private Filter parseValuePath(AttributePath path, int pathAt, boolean inValueFilter) {
    int open = pos;
    if (inValueFilter) {
      throw error(open, "a value path cannot be nested inside another value path's filter");
    }
    if (path.hasSubAttribute()) {
      throw error(pathAt, "a value path names an attribute, not a sub-attribute: '" + path + "['");
    }
    pos++;
    enter(open);
    skipWs();
    if (pos < s.length() && s.charAt(pos) == ']') {
      throw error(pos, "empty value filter in '[]'");
    }
    Filter inner = parseOr(true);
    close(']', open);
    depth--;
    if (pos < s.length() && s.charAt(pos) == '.') {
      return parseEntraSubAttributeForm(path, inner);
    }
    return new ValuePath(path, inner);
  }

  /** {@code emails[type eq "work"].value eq "x"}: see the class comment. */
  private Filter parseEntraSubAttributeForm(AttributePath path, Filter inner) {
    int dot = pos;
    if (!leniency.lenient()) {
      throw error(dot, "a value path followed by a sub-attribute ('" + path
          + "[…].sub op value') is a PATCH path form, not RFC 7644 filter syntax; write '" + path
          + "[… and sub op value]'");
    }
    pos++;
    int nameAt = pos;
    int end = scanPathChars(pos);
    String sub = s.substring(nameAt, end);
    if (sub.isEmpty()) {
      throw error(nameAt, "expected a sub-attribute name after '.'");
    }
    checkName(sub, nameAt);
    pos = end;
    Filter tail = parseOperatorAndValue(AttributePath.of(sub), nameAt);
    findings.add(new LintFinding(RULE_VALUE_PATH_SUB_ATTRIBUTE, "RFC 7644 §3.4.2.2",
        "a filter value path may not be followed by a sub-attribute; read as '" + path + "[… and " + sub + " …]'",
        s.substring(Math.max(0, dot - 1), pos)));
    return new ValuePath(path, new And(inner, tail));
  }

  private Filter parseOperatorAndValue(AttributePath path, int pathAt) {
    int wsAt = pos;
    skipWs();
    if (pos == s.length()) {
      throw error(pos, "expected an operator after '" + path + "'");
    }
    if (pos == wsAt) {
      char c = s.charAt(pos);
      if (c == ')' || c == ']' || c == '(') {
        throw error(pos, "expected an operator after '" + path + "', found '" + c + "'");
      }
      throw error(pos, "unexpected '" + fragment(pos) + "' in attribute path '" + path + "'");
    }
    int opAt = pos;
    int opEnd = opAt;
    while (opEnd < s.length() && isPathChar(s.charAt(opEnd))) {
      opEnd++;
    }
    if (opEnd == opAt) {
      throw error(opAt, "expected an operator after '" + path + "', found '" + fragment(opAt) + "'");
    }
    String opWord = s.substring(opAt, opEnd);
    pos = opEnd;
    if (opWord.equalsIgnoreCase("pr")) {
      rejectValueAfterPresent(opWord);
      return new Present(path);
    }
    CompareOp op = compareOp(opWord);
    if (op == null) {
      throw error(opAt, "unknown operator '" + opWord + "'; expected eq, ne, co, sw, ew, gt, ge, lt, le or pr");
    }
    int afterOp = pos;
    skipWs();
    if (pos == s.length() || s.charAt(pos) == ')' || s.charAt(pos) == ']') {
      throw error(pos, "expected a comparison value after '" + opWord + "'");
    }
    if (pos == afterOp && s.charAt(pos) != '"') {
      throw error(pos, "expected a space after '" + opWord + "'");
    }
    return new Compare(path, op, parseValue(opWord));
  }

  private void rejectValueAfterPresent(String opWord) {
    int p = pos;
    while (p < s.length() && isWs(s.charAt(p))) {
      p++;
    }
    if (p < s.length()) {
      char c = s.charAt(p);
      boolean literal = matchesWord(p, "true") || matchesWord(p, "false") || matchesWord(p, "null");
      if (c == '"' || c == '-' || (c >= '0' && c <= '9') || literal) {
        throw error(p, "'" + opWord + "' takes no comparison value");
      }
    }
  }

  private static CompareOp compareOp(String w) {
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

  // ---- attribute paths ----

  private AttributePath parsePath() {
    int start = pos;
    int end = scanPathChars(start);
    if (end == start) {
      char c = s.charAt(start);
      if (c == '"') {
        throw error(start, "expected an attribute path, found a string value");
      }
      if (c == ')' || c == ']') {
        throw error(start, "expected an expression before '" + c + "'");
      }
      throw error(start, "expected an attribute path, found '" + fragment(start) + "'");
    }
    String text = s.substring(start, end);
    int colon = text.lastIndexOf(':');
    String urn = null;
    int nameAt = start;
    String rest = text;
    if (colon >= 0) {
      urn = text.substring(0, colon);
      rest = text.substring(colon + 1);
      nameAt = start + colon + 1;
      checkUrn(urn, start);
      if (rest.isEmpty()) {
        throw error(nameAt, "expected an attribute name after the schema URN '" + urn + ":'");
      }
    }
    int dot = rest.indexOf('.');
    String name = dot < 0 ? rest : rest.substring(0, dot);
    String sub = null;
    if (dot >= 0) {
      sub = rest.substring(dot + 1);
      if (sub.isEmpty()) {
        throw error(nameAt + dot + 1, "expected a sub-attribute name after '.'");
      }
      int second = sub.indexOf('.');
      if (second >= 0) {
        throw error(nameAt + dot + 1 + second, "an attribute path has at most one sub-attribute");
      }
    }
    checkName(name, nameAt);
    if (sub != null) {
      checkName(sub, nameAt + dot + 1);
    }
    pos = end;
    return new AttributePath(urn, name, sub);
  }

  private int scanPathChars(int from) {
    int p = from;
    while (p < s.length() && isPathChar(s.charAt(p))) {
      p++;
    }
    return p;
  }

  /** ATTRNAME = ALPHA *(ALPHA / DIGIT / "-" / "_"), plus {@code $ref} (RFC 7643 §2.3.7 names it so). */
  private void checkName(String name, int at) {
    if (name.isEmpty()) {
      throw error(at, "expected an attribute name");
    }
    if (name.equalsIgnoreCase("$ref")) {
      return;
    }
    if (!isAlpha(name.charAt(0))) {
      throw error(at, "an attribute name starts with a letter: '" + name + "'");
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isAlpha(c) && !isDigit(c) && c != '-' && c != '_') {
        throw error(at + i, "'" + c + "' is not allowed in attribute name '" + name + "'");
      }
    }
  }

  /** A schema URI as SCIM uses them: {@code urn:…} segments, no empty segment. */
  private void checkUrn(String urn, int at) {
    if (urn.isEmpty()) {
      throw error(at, "expected a schema URN before ':'");
    }
    int empty = urn.indexOf("::");
    if (empty >= 0) {
      throw error(at + empty + 1, "empty segment in schema URN '" + urn + "'");
    }
    if (!isAlpha(urn.charAt(0))) {
      throw error(at, "a schema URN starts with a letter: '" + urn + "'");
    }
  }

  // ---- values ----

  private JsonNode parseValue(String opWord) {
    int at = pos;
    char c = s.charAt(pos);
    if (c == '"') {
      return TextNode.valueOf(parseString());
    }
    if (c == '-' || isDigit(c)) {
      return parseNumber();
    }
    if (isAlpha(c)) {
      int end = scanPathChars(at);
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

  private void close(char closer, int openAt) {
    skipWs();
    if (pos >= s.length()) {
      throw error(pos, "missing '" + closer + "' to close '" + s.charAt(openAt) + "' at " + openAt);
    }
    char c = s.charAt(pos);
    if (c != closer) {
      if (c == ')' || c == ']') {
        throw error(pos, "'" + c + "' does not close '" + s.charAt(openAt) + "' at " + openAt);
      }
      throw error(pos, "unexpected '" + fragment(pos) + "'; expected 'and', 'or' or '" + closer + "'");
    }
    pos++;
  }

  private void enter(int at) {
    if (++depth > MAX_DEPTH) {
      throw error(at, "nesting deeper than " + MAX_DEPTH + " levels");
    }
  }

  private void skipWs() {
    while (pos < s.length() && isWs(s.charAt(pos))) {
      pos++;
    }
  }

  /** The next token-ish slice of the input, for error messages. */
  private String fragment(int at) {
    if (at >= s.length()) {
      return "end of filter";
    }
    int end = scanPathChars(at);
    if (end == at) {
      end = at + 1;
    }
    return s.substring(at, Math.min(end, at + 40));
  }

  private static FilterSyntaxException error(int at, String reason) {
    return new FilterSyntaxException(at, reason);
  }

  private static boolean isWs(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Characters an attribute path token may hold: name characters, '.', ':' for URNs and '$' for $ref. */
  private static boolean isPathChar(char c) {
    return isAlpha(c) || isDigit(c) || c == '-' || c == '_' || c == '.' || c == ':' || c == '$';
  }
}
