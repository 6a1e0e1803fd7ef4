package dev.scimharness.server;

import dev.scimharness.filter.And;
import dev.scimharness.filter.Compare;
import dev.scimharness.filter.CompiledFilter;
import dev.scimharness.filter.Filter;
import dev.scimharness.filter.FilterParser;
import dev.scimharness.filter.Not;
import dev.scimharness.filter.Or;
import dev.scimharness.filter.ParsedFilter;
import dev.scimharness.filter.Present;
import dev.scimharness.filter.ValuePath;
import dev.scimharness.scim.ResourceSchema;

/** The server's entry to the filter engine: parse (and lint) once per request, evaluate per candidate. */
final class Filters {
  private Filters() {}

  /** Parses and records the lenient extensions used as lint findings. */
  static Filter parse(String text, RequestScope scope) {
    ParsedFilter parsed = FilterParser.parseReport(text, scope.leniency());
    parsed.findings().forEach(scope::lint);
    return parsed.filter();
  }

  /** Rejects type errors before any resource is read, and binds the paths once for the whole scan. */
  static CompiledFilter compile(Filter filter, ResourceSchema schema) {
    return CompiledFilter.compile(filter, schema);
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
