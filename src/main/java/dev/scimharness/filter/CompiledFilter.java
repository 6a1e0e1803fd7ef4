package dev.scimharness.filter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.AttributeDefinition;
import dev.scimharness.scim.AttributePath;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.Schema;
import java.util.Objects;

/**
 * A filter checked and bound to one resource type once, for evaluating it against many resources (a
 * {@code GET /Users?filter=…} over a whole store): {@link #compile} runs {@link FilterEvaluator#validate} and
 * resolves every top-level attribute path to its definition and its container (the resource or an extension's
 * URN-keyed object), so that {@link #matches} skips the per-resource schema look-ups. Semantics are exactly
 * {@link FilterEvaluator#matches}'s: the comparisons themselves are the evaluator's.
 */
public final class CompiledFilter {
  private final Filter filter;
  private final Node root;

  private CompiledFilter(Filter filter, Node root) {
    this.filter = filter;
    this.root = root;
  }

  /** Validates ({@code invalidFilter} as {@link FilterEvaluator#validate}) and binds; {@code schema} may be null. */
  public static CompiledFilter compile(Filter filter, ResourceSchema schema) {
    Objects.requireNonNull(filter, "filter");
    if (schema != null) {
      FilterEvaluator.validate(filter, schema);
    }
    return new CompiledFilter(filter, bind(filter, schema));
  }

  public Filter filter() {
    return filter;
  }

  public boolean matches(JsonNode resource) {
    return resource != null && resource.isObject() && root.test(resource);
  }

  private interface Node {
    boolean test(JsonNode resource);
  }

  private record AndNode(Node left, Node right) implements Node {
    public boolean test(JsonNode r) {
      return left.test(r) && right.test(r);
    }
  }

  private record OrNode(Node left, Node right) implements Node {
    public boolean test(JsonNode r) {
      return left.test(r) || right.test(r);
    }
  }

  private record NotNode(Node inner) implements Node {
    public boolean test(JsonNode r) {
      return !inner.test(r);
    }
  }

  /**
   * A comparison, presence test or value path with its look-ups done: {@code containerKey} is null for the
   * resource itself, else the extension id (or the URN as written, when the schema does not know it).
   */
  private record Bound(Filter leaf, AttributePath path, AttributeDefinition topDef, String containerKey)
      implements Node {
    public boolean test(JsonNode r) {
      JsonNode container = containerKey == null ? r
          : SchemaLookup.lookup(r, containerKey, path.schemaUrn());
      JsonNode top = SchemaLookup.field(container, path.attribute(), topDef);
      if (leaf instanceof ValuePath vp) {
        return FilterEvaluator.anyElement(vp.filter(), top, topDef);
      }
      return FilterEvaluator.leaf(leaf, path, top, topDef);
    }
  }

  private static Node bind(Filter f, ResourceSchema schema) {
    if (f instanceof And a) {
      return new AndNode(bind(a.left(), schema), bind(a.right(), schema));
    }
    if (f instanceof Or o) {
      return new OrNode(bind(o.left(), schema), bind(o.right(), schema));
    }
    if (f instanceof Not n) {
      return new NotNode(bind(n.filter(), schema));
    }
    AttributePath path = FilterEvaluator.attributeOf(f);
    AttributeDefinition topDef = SchemaLookup.topDefinition(schema, path);
    return new Bound(f, path, topDef, containerKey(schema, path));
  }

  private static String containerKey(ResourceSchema schema, AttributePath path) {
    String urn = path.schemaUrn();
    if (urn == null || (schema != null && schema.core().id().equalsIgnoreCase(urn))) {
      return null;
    }
    Schema ext = schema == null ? null : SchemaLookup.extension(schema, urn);
    return ext != null ? ext.id() : urn;
  }
}
