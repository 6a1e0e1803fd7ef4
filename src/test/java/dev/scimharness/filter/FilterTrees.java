package dev.scimharness.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.scimharness.scim.AttributePath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Short builders so test tables read as the expected tree: {@code or(and(pr("title"), pr("email")), pr("userType"))}. */
final class FilterTrees {
  private FilterTrees() {}

  static AttributePath path(String text) {
    return AttributePath.parse(text);
  }

  static Filter pr(String p) {
    return new Present(path(p));
  }

  static Filter eq(String p, Object v) {
    return cmp(p, CompareOp.EQ, v);
  }

  static Filter ne(String p, Object v) {
    return cmp(p, CompareOp.NE, v);
  }

  static Filter co(String p, Object v) {
    return cmp(p, CompareOp.CO, v);
  }

  static Filter sw(String p, Object v) {
    return cmp(p, CompareOp.SW, v);
  }

  static Filter ew(String p, Object v) {
    return cmp(p, CompareOp.EW, v);
  }

  static Filter gt(String p, Object v) {
    return cmp(p, CompareOp.GT, v);
  }

  static Filter ge(String p, Object v) {
    return cmp(p, CompareOp.GE, v);
  }

  static Filter lt(String p, Object v) {
    return cmp(p, CompareOp.LT, v);
  }

  static Filter le(String p, Object v) {
    return cmp(p, CompareOp.LE, v);
  }

  static Filter cmp(String p, CompareOp op, Object v) {
    return new Compare(path(p), op, literal(v));
  }

  static Filter and(Filter a, Filter b) {
    return new And(a, b);
  }

  static Filter or(Filter a, Filter b) {
    return new Or(a, b);
  }

  static Filter not(Filter f) {
    return new Not(f);
  }

  static Filter vp(String p, Filter f) {
    return new ValuePath(path(p), f);
  }

  /** Strings, Integers, BigDecimals, Booleans and null as the JSON literals the parser produces. */
  static JsonNode literal(Object v) {
    if (v == null) {
      return NullNode.instance;
    }
    if (v instanceof String s) {
      return TextNode.valueOf(s);
    }
    if (v instanceof Integer i) {
      return IntNode.valueOf(i);
    }
    if (v instanceof BigDecimal d) {
      return DecimalNode.valueOf(d);
    }
    if (v instanceof Boolean b) {
      return BooleanNode.valueOf(b);
    }
    if (v instanceof JsonNode n) {
      return n;
    }
    throw new IllegalArgumentException("no literal for " + v);
  }

  /** Every leaf (comparison or presence test) of a filter, outside and inside value paths. */
  static List<Filter> leavesOf(Filter f) {
    List<Filter> out = new ArrayList<>();
    collect(f, out);
    return out;
  }

  private static void collect(Filter f, List<Filter> out) {
    if (f instanceof And a) {
      collect(a.left(), out);
      collect(a.right(), out);
    } else if (f instanceof Or o) {
      collect(o.left(), out);
      collect(o.right(), out);
    } else if (f instanceof Not n) {
      collect(n.filter(), out);
    } else {
      out.add(f);
    }
  }
}
