package dev.scimharness.filter;

import dev.scimharness.lint.LintFinding;
import dev.scimharness.scim.AttributePath;
import dev.scimharness.scim.AttributePathLexer;
import dev.scimharness.scim.Leniency;
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
 * around parentheses and brackets and after a string ({@code (a pr)and(b eq "x")or c pr}). Every rejection is a
 * {@link FilterSyntaxException} ({@code invalidFilter}) with the position and the reason. Attribute paths follow
 * the one rule of {@link AttributePathLexer}, which PATCH paths share; values are read by {@link FilterLexer}.
 *
 * <p>One lenient extension: Entra ID sends {@code emails[type eq "work"].value eq "x"}, a value path followed
 * by a sub-attribute and a comparison — a PATCH path shape (§3.5.2) that the filter grammar does not allow.
 * With {@link Leniency#LENIENT} (the default of {@link #parse(String)}) it parses as
 * {@code emails[type eq "work" and value eq "x"]}, which is what the client means, and
 * {@link #parseReport} reports a lint finding; with {@link Leniency#STRICT} it is {@code invalidFilter}.
 */
public final class FilterParser extends FilterLexer {
  /**
   * Bounds that keep a hostile filter from costing the server: the parser and the evaluator recurse once per
   * nesting level, so an unbounded depth ({@code ((((…} or {@code not(not(…}) would overflow the thread's stack;
   * the length bound caps parse time and the size of the tree. Real filters are far below both.
   */
  public static final int MAX_LENGTH = 10_000;
  public static final int MAX_DEPTH = 100;

  /** Lint rule id for the Entra value-path-with-sub-attribute form. */
  public static final String RULE_VALUE_PATH_SUB_ATTRIBUTE = "filter-value-path-sub-attribute";

  private final Leniency leniency;
  private final List<LintFinding> findings = new ArrayList<>(0);
  private int depth;

  private FilterParser(String text, Leniency leniency) {
    super(text);
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
      int wordEnd = AttributePathLexer.scan(s, p);
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
    int end = AttributePathLexer.scan(s, pos);
    if (end == nameAt) {
      throw error(nameAt, "expected a sub-attribute name after '.'");
    }
    String sub = AttributePathLexer.name(s, nameAt, end, FilterSyntaxException::new);
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
    int opEnd = AttributePathLexer.scan(s, opAt);
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

  // ---- attribute paths ----

  private AttributePath parsePath() {
    int start = pos;
    int end = AttributePathLexer.scan(s, start);
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
    AttributePath path = AttributePathLexer.path(s, start, end, FilterSyntaxException::new);
    pos = end;
    return path;
  }

  // ---- nesting ----

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
}
