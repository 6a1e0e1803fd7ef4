package dev.scimharness.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.scimharness.lint.LintFinding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The {@code schemas} attribute of a resource body (RFC 7643 §3): it must list the resource type's core schema
 * URN and the URN of every extension whose container the body holds, and nothing the resource type does not
 * know. URNs compare case-insensitively (RFC 7644 §3.10: "All facets (URN, attribute, and sub-attribute name)
 * ... are case insensitive") and come back in the registry's spelling.
 */
final class SchemaUrns {
  private static final String SECTION = "RFC 7643 §3";

  private SchemaUrns() {}

  /**
   * The canonical {@code schemas} array. {@code sent} is the raw value ({@code null} when absent);
   * {@code extensionsUsed} the canonical URNs of the extension containers present in the body.
   */
  static ArrayNode canonical(JsonNode sent, ResourceSchema schema, Collection<String> extensionsUsed,
      Leniency leniency, List<LintFinding> findings) {
    List<String> urns = new ArrayList<>();
    JsonNode checked = AttributeValues.check(CommonAttributes.SCHEMAS, sent, leniency, findings, "schemas");
    for (JsonNode item : checked) {
      String urn = item.textValue();
      Optional<String> known = known(urn, schema);
      if (known.isEmpty()) {
        if (!leniency.lenient()) {
          throw ScimException.invalidValue("The schema '" + urn + "' listed in 'schemas' is not a schema of resource"
              + " type " + schema.resourceType().name() + "; known: " + schema.schemaUrns() + " (" + SECTION + ").");
        }
        Findings.add(findings, "unknown-schema", SECTION, "'schemas' lists '" + urn + "', which resource type "
            + schema.resourceType().name() + " does not know; it was dropped.", "schemas", item);
      } else if (urns.contains(known.get())) {
        if (!leniency.lenient()) {
          throw ScimException.invalidValue("'schemas' lists '" + urn + "' twice; each URI must be unique ("
              + SECTION + ").");
        }
        Findings.add(findings, "duplicate-schema", SECTION, "'schemas' lists '" + urn + "' more than once.",
            "schemas", checked);
      } else {
        urns.add(known.get());
      }
    }
    String core = schema.core().id();
    if (!urns.contains(core)) {
      if (!leniency.lenient()) {
        throw ScimException.invalidValue("'schemas' must list the core schema '" + core + "' of resource type "
            + schema.resourceType().name() + " (" + SECTION + ").");
      }
      Findings.add(findings, "missing-schemas", SECTION, "'schemas' does not list the core schema '" + core
          + "'; it was added.", "schemas", sent);
      urns.add(0, core);
    }
    for (String ext : extensionsUsed) {
      if (!urns.contains(ext)) {
        // Accepted in both modes: the container itself says which schema it follows.
        Findings.add(findings, "extension-not-in-schemas", SECTION, "The body holds the extension '" + ext
            + "' but 'schemas' does not list it; it was added.", "schemas", sent);
        urns.add(ext);
      }
    }
    ArrayNode out = Json.NODES.arrayNode();
    urns.forEach(out::add);
    return out;
  }

  private static Optional<String> known(String urn, ResourceSchema schema) {
    if (schema.isCore(urn)) {
      return Optional.of(schema.core().id());
    }
    return schema.extension(urn).map(Schema::id);
  }
}
