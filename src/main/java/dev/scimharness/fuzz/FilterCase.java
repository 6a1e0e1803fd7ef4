package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.filter.And;
import dev.scimharness.filter.Filter;
import dev.scimharness.filter.FilterParser;
import dev.scimharness.filter.FilterPrinter;
import dev.scimharness.filter.Not;
import dev.scimharness.filter.Or;
import dev.scimharness.filter.ValuePath;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Query the run's users with {@code filter}, scoped to them: the population ({@code users}, created once as the
 * set-up of every filter try) and the filter text, which names the run's prefix as {@code {{p}}}.
 */
public record FilterCase(List<ObjectNode> users, String filter) implements FuzzCase {
  public FilterCase {
    users = List.copyOf(users);
  }

  @Override
  public FuzzKind kind() {
    return FuzzKind.FILTER;
  }

  @Override
  public int requests() {
    return 1;
  }

  @Override
  public ObjectNode toJson() {
    ObjectNode o = Json.object().put("kind", kind().wire());
    ArrayNode a = o.putArray("users");
    users.forEach(a::add);
    o.put("filter", filter);
    return o;
  }

  static FilterCase fromJson(JsonNode json) {
    List<ObjectNode> users = new ArrayList<>();
    json.path("users").forEach(u -> users.add((ObjectNode) u));
    return new FilterCase(users, json.path("filter").asText());
  }

  /** A branch of {@code and}/{@code or} in place of the whole, the operand of {@code not}, recursively. */
  @Override
  public List<FuzzCase> smaller() {
    Filter parsed;
    try {
      parsed = FilterParser.parse(filter);
    } catch (RuntimeException e) {
      return List.of();
    }
    List<FuzzCase> out = new ArrayList<>();
    for (Filter f : shrink(parsed)) {
      out.add(new FilterCase(users, FilterPrinter.print(f)));
    }
    return out;
  }

  static List<Filter> shrink(Filter f) {
    List<Filter> out = new ArrayList<>();
    if (f instanceof And a) {
      out.add(a.left());
      out.add(a.right());
      shrink(a.left()).forEach(l -> out.add(new And(l, a.right())));
      shrink(a.right()).forEach(r -> out.add(new And(a.left(), r)));
    } else if (f instanceof Or o) {
      out.add(o.left());
      out.add(o.right());
      shrink(o.left()).forEach(l -> out.add(new Or(l, o.right())));
      shrink(o.right()).forEach(r -> out.add(new Or(o.left(), r)));
    } else if (f instanceof Not n) {
      out.add(n.filter());
      shrink(n.filter()).forEach(x -> out.add(new Not(x)));
    } else if (f instanceof ValuePath v) {
      shrink(v.filter()).forEach(x -> out.add(new ValuePath(v.attribute(), x)));
    }
    return out;
  }

  @Override
  public String toString() {
    return "GET /Users?filter=" + filter;
  }
}
