package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.util.Locale;

/**
 * A top-level attribute as a target's {@code /Schemas} declares it (RFC 7643 §7), with the schema it belongs to.
 * Characteristics the declaration leaves out take RFC 7643 §2.2's defaults ({@code readWrite}, {@code default},
 * {@code none}, not required, not caseExact).
 *
 * @param schemaUrn the schema's id
 * @param extension whether the schema is an extension of the resource type (values sit under its URN)
 * @param definition the attribute's definition as served
 */
public record DeclaredAttribute(String schemaUrn, boolean extension, JsonNode definition) {

  public String name() {
    return text("name", "");
  }

  public String type() {
    return text("type", "string").toLowerCase(Locale.ROOT);
  }

  public String mutability() {
    return text("mutability", "readWrite").toLowerCase(Locale.ROOT);
  }

  public String returned() {
    return text("returned", "default").toLowerCase(Locale.ROOT);
  }

  public String uniqueness() {
    return text("uniqueness", "none").toLowerCase(Locale.ROOT);
  }

  public boolean required() {
    return flag("required");
  }

  public boolean caseExact() {
    return flag("caseExact");
  }

  public boolean multiValued() {
    return flag("multiValued");
  }

  /** Whether a client may send it: every mutability but {@code readOnly} (RFC 7643 §7). */
  public boolean writable() {
    return !mutability().equals("readonly");
  }

  /** A single string the client sets: what filters and uniqueness are checked on. */
  public boolean singleString() {
    return type().equals("string") && !multiValued();
  }

  /** The name in RFC 7644 §3.10 attribute notation: URN-qualified for an extension's attribute. */
  public String path() {
    return extension ? schemaUrn + ":" + name() : name();
  }

  /** Its value in a representation, or {@code null} when absent. */
  public JsonNode valueIn(JsonNode resource) {
    JsonNode holder = extension ? Json.field(resource, schemaUrn) : resource;
    JsonNode v = holder == null ? null : Json.field(holder, name());
    return v == null || v.isNull() ? null : v;
  }

  /** Sets its value in a representation, creating the extension's container when needed. */
  public void setIn(ObjectNode resource, JsonNode value) {
    ObjectNode holder = resource;
    if (extension) {
      JsonNode c = Json.field(resource, schemaUrn);
      holder = c instanceof ObjectNode o ? o : resource.putObject(schemaUrn);
    }
    holder.set(name(), value);
  }

  @Override
  public String toString() {
    return path();
  }

  private String text(String key, String otherwise) {
    JsonNode v = Json.field(definition, key);
    return v != null && v.isTextual() ? v.asText() : otherwise;
  }

  private boolean flag(String key) {
    JsonNode v = Json.field(definition, key);
    return v != null && v.asBoolean(false);
  }
}
