package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.filter.And;
import dev.scimharness.filter.Compare;
import dev.scimharness.filter.CompareOp;
import dev.scimharness.filter.Filter;
import dev.scimharness.filter.Not;
import dev.scimharness.filter.Or;
import dev.scimharness.filter.Present;
import dev.scimharness.filter.ValuePath;
import dev.scimharness.lint.LintFinding;
import dev.scimharness.scim.AttributePath;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.Leniency;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.ScimException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server's entry to the filter engine: parse once per request, evaluate per candidate. */
final class Filters {
  private Filters() {}

  // Interim: only `attr eq "value"` joined by `and`, until the filter engine lands.
  private static final Pattern EQ = Pattern.compile("\\s*([A-Za-z0-9:._$-]+)\\s+eq\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*");

  static Filter parse(String text, Leniency leniency, List<LintFinding> findings) {
    Filter out = null;
    for (String part : text.split("(?i)\\s+and\\s+")) {
      Matcher m = EQ.matcher(part);
      if (!m.matches()) {
        throw ScimException.invalidFilter("Unsupported or malformed filter: " + text);
      }
      Filter c = new Compare(AttributePath.parse(m.group(1)), CompareOp.EQ, Json.NODES.textNode(m.group(2)));
      out = out == null ? c : new And(out, c);
    }
    return out;
  }

  static boolean matches(Filter f, JsonNode resource, ResourceSchema schema) {
    if (f instanceof And a) {
      return matches(a.left(), resource, schema) && matches(a.right(), resource, schema);
    }
    if (f instanceof Compare c) {
      JsonNode v = Json.field(resource, c.attribute().attribute());
      if (v != null && v.isArray()) {
        for (JsonNode item : v) {
          JsonNode x = c.attribute().hasSubAttribute() ? Json.field(item, c.attribute().subAttribute()) : item;
          if (x != null && x.isValueNode() && x.asText().equalsIgnoreCase(c.value().asText())) {
            return true;
          }
        }
        return false;
      }
      if (v != null && c.attribute().hasSubAttribute()) {
        v = Json.field(v, c.attribute().subAttribute());
      }
      return v != null && v.isValueNode() && v.asText().equalsIgnoreCase(c.value().asText());
    }
    return false;
  }

  /** Whether the filter names this top-level attribute anywhere (to skip materialising what it does not need). */
  static boolean mentions(Filter f, String attribute) {
    if (f instanceof And a) {
      return mentions(a.left(), attribute) || mentions(a.right(), attribute);
    }
    if (f instanceof Or o) {
      return mentions(o.left(), attribute) || mentions(o.right(), attribute);
    }
    if (f instanceof Not n) {
      return mentions(n.filter(), attribute);
    }
    if (f instanceof Compare c) {
      return c.attribute().attribute().equalsIgnoreCase(attribute);
    }
    if (f instanceof Present p) {
      return p.attribute().attribute().equalsIgnoreCase(attribute);
    }
    return ((ValuePath) f).attribute().attribute().equalsIgnoreCase(attribute);
  }
}
