package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.filter.FilterPrinter;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.SchemaRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates filters over a {@link Population} from a seed: every operator of RFC 7644 §3.4.2.2, {@code and},
 * {@code or}, {@code not}, parentheses, value paths, URN-qualified paths, attribute names and values in other
 * case, and now and then a filter the grammar rejects. Operands come from the population's own values (whole, or a
 * prefix, suffix or infix for {@code sw}, {@code ew}, {@code co}) so that most filters select some users and not
 * others. A complex attribute is never compared without a sub-attribute ({@code emails le "x"}): RFC 7644
 * §3.4.2.2 does not say what that means, so there is nothing to hold a target to.
 */
final class FilterGenerator {
  private static final List<String> STRINGS = List.of("userName", "displayName", "title", "name.givenName",
      "name.familyName", "emails.value", "emails.type", SchemaRegistry.USER + ":userName",
      SchemaRegistry.USER + ":title");
  private static final List<String> OPS = List.of("eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le");
  private static final List<String> MALFORMED = List.of("userName eq", "(title pr", "userName xx \"a\"",
      "emails[type eq \"work\"", "title eq 'Dev'", "displayName eq \"a\" and", "not title pr", "emails[]");

  private final SplittableRandom r;
  private final List<ObjectNode> users;

  private FilterGenerator(SplittableRandom r, List<ObjectNode> users) {
    this.r = r;
    this.users = users;
  }

  static FilterCase generate(long seed, int index, List<ObjectNode> users) {
    FilterGenerator g = new FilterGenerator(new SplittableRandom(seed * 0xBF58476D1CE4E5B9L + index), users);
    int shape = g.r.nextInt(15);
    String filter = shape == 0 ? g.pick(MALFORMED) : shape == 1 ? g.userNameLookup() : g.filter(0);
    return new FilterCase(users, filter);
  }

  private String filter(int depth) {
    int k = r.nextInt(depth >= 2 ? 6 : 10);
    return switch (k) {
      case 0, 1, 2, 3 -> comparison();
      case 4 -> pick(List.of("title", "emails", "name.givenName", "active", "nickName", "TITLE")) + " pr";
      case 5 -> valuePath();
      case 6 -> operand(depth) + " and " + operand(depth);
      case 7 -> operand(depth) + " or " + operand(depth);
      case 8 -> "not (" + filter(depth + 1) + ")";
      default -> "active " + pick(List.of("eq", "ne")) + " " + r.nextBoolean();
    };
  }

  /**
   * The lookup IdPs make before a create, {@code userName eq "…"} alone, with the name in another case: userName
   * is caseExact false (RFC 7643 §4.1.1), and servers often answer this shape from an index of their own.
   */
  private String userNameLookup() {
    String name = users.get(r.nextInt(users.size())).get("userName").asText();
    int split = name.indexOf("}}") + 2;
    String tail = name.substring(split);
    tail = tail.equals(tail.toUpperCase(Locale.ROOT)) ? tail.toLowerCase(Locale.ROOT) : tail.toUpperCase(Locale.ROOT);
    return cased("userName") + " eq " + quoted(name.substring(0, split) + tail);
  }

  private String operand(int depth) {
    String f = filter(depth + 1);
    return f.contains(" or ") || f.contains(" and ") ? "(" + f + ")" : f;
  }

  private String comparison() {
    if (r.nextInt(10) == 0) {
      return "meta.created " + pick(List.of("gt", "lt", "ge", "le")) + " \""
          + pick(List.of("2000-01-01T00:00:00Z", "2999-12-31T23:59:59Z")) + "\"";
    }
    String attribute = pick(STRINGS);
    String op = pick(OPS);
    String value = operand(attribute, op);
    return cased(attribute) + " " + op + " " + quoted(value);
  }

  private String valuePath() {
    String inner = "type eq " + quoted(pick(List.of("work", "home", "WORK")));
    switch (r.nextInt(3)) {
      case 0 -> inner += " and value " + pick(List.of("co", "sw", "ew")) + " " + quoted(operand("emails.value", "co"));
      case 1 -> inner = "value " + pick(List.of("eq", "co", "sw")) + " " + quoted(operand("emails.value", "eq"));
      default -> inner += r.nextBoolean() ? " and primary eq true" : "";
    }
    return cased("emails") + "[" + inner + "]";
  }

  /** A value some user has, in another case now and then, cut to a part for the substring operators. */
  private String operand(String attribute, String op) {
    List<String> values = new ArrayList<>();
    String path = attribute.startsWith("urn:") ? attribute.substring(attribute.lastIndexOf(':') + 1) : attribute;
    for (ObjectNode u : users) {
      collect(u, path.split("\\."), 0, values);
    }
    String whole = values.isEmpty() ? "Dev" : pick(values);
    // The run prefix stays as it is: case and cuts apply to what follows it.
    int split = whole.indexOf("}}") < 0 ? 0 : whole.indexOf("}}") + 2;
    String head = whole.substring(0, split);
    String v = whole.substring(split);
    if (r.nextInt(4) == 0) {
      v = r.nextBoolean() ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT);
    }
    if ((op.equals("co") || op.equals("sw") || op.equals("ew")) && !v.isEmpty()) {
      int len = v.length();
      int cut = Math.min(len, 1 + r.nextInt(Math.max(1, Math.min(len, 4))));
      v = op.equals("sw") ? v.substring(0, cut) : op.equals("ew") ? v.substring(len - cut)
          : v.substring((len - cut) / 2, (len - cut) / 2 + cut);
      return op.equals("sw") ? head + v : v;
    }
    return head + v;
  }

  private static void collect(JsonNode node, String[] path, int i, List<String> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, path, i, out));
      return;
    }
    if (i == path.length) {
      JsonNode leaf = node.isObject() ? node.get("value") : node;
      if (leaf != null && leaf.isTextual()) {
        out.add(leaf.textValue());
      }
      return;
    }
    collect(Json.field(node, path[i]), path, i + 1, out);
  }

  private static String quoted(String s) {
    StringBuilder sb = new StringBuilder();
    FilterPrinter.string(s, sb);
    return sb.toString();
  }

  private String cased(String attribute) {
    if (r.nextInt(6) != 0 || attribute.startsWith("urn:")) {
      return attribute;
    }
    return r.nextBoolean() ? attribute.toUpperCase(Locale.ROOT) : Character.toUpperCase(attribute.charAt(0))
        + attribute.substring(1);
  }

  private <T> T pick(List<T> items) {
    return items.get(r.nextInt(items.size()));
  }
}
