package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What RFC 7643 §5–§7 say each discovery resource holds beyond its form ({@link DiscoveryChecks}): the REQUIRED
 * attributes of a resource type, the names and descriptions of schemas, the sub-attributes of complex attributes,
 * and the OPTIONAL ones, each well-formed where given. Each method returns the problems found.
 */
public final class DiscoveryDescriptions {
  private DiscoveryDescriptions() {}

  /** RFC 7643 §6: "all attributes are REQUIRED unless otherwise specified": name, endpoint, schema, extensions. */
  public static List<String> resourceTypeRequired(JsonNode rt) {
    List<String> problems = new ArrayList<>();
    String name = text(rt, "name");
    String here = "resource type " + (name == null ? abbreviate(rt) : name);
    for (String a : List.of("name", "endpoint", "schema")) {
      if (text(rt, a) == null || text(rt, a).isBlank()) {
        problems.add(here + " has no " + a + " (RFC 7643 §6: REQUIRED)");
      }
    }
    JsonNode description = Json.field(rt, "description");
    if (description != null && (!description.isTextual() || description.asText().isBlank())) {
      problems.add(here + " has a description that is no text: " + description);
    }
    JsonNode extensions = Json.field(rt, "schemaExtensions");
    if (extensions != null && extensions.isArray()) {
      for (JsonNode e : extensions) {
        if (text(e, "schema") == null || text(e, "schema").isBlank()) {
          problems.add(here + " lists an extension without schema (RFC 7643 §6: REQUIRED): " + e);
        }
      }
    }
    return problems;
  }

  /** RFC 7643 §6's OPTIONAL id, description and schemaExtensions, where given: text, text and a list. */
  public static List<String> resourceTypeOptional(JsonNode rt) {
    List<String> problems = new ArrayList<>();
    String here = "resource type " + text(rt, "name");
    JsonNode id = Json.field(rt, "id");
    if (id != null && (!id.isTextual() || id.asText().isBlank())) {
      problems.add(here + " has an id that is no text: " + id);
    }
    JsonNode description = Json.field(rt, "description");
    if (description != null && !description.isTextual()) {
      problems.add(here + " has a description that is no text: " + description);
    }
    JsonNode extensions = Json.field(rt, "schemaExtensions");
    if (extensions != null && !extensions.isArray()) {
      problems.add(here + " has schemaExtensions that are no list: " + extensions);
    }
    return problems;
  }

  /**
   * RFC 7643 §7: "service providers MUST specify the name, e.g., "User" or "Group"" and the description, and each
   * attribute's description, "when applicable": for RFC 7643's own schemas they are (§8.7.1 gives them all).
   */
  public static List<String> coreSchemaDescribed(JsonNode schema, String expectedName) {
    List<String> problems = new ArrayList<>();
    String id = text(schema, "id");
    if (!expectedName.equals(text(schema, "name"))) {
      problems.add(id + ": name is " + Json.field(schema, "name") + ", not \"" + expectedName + "\"");
    }
    if (text(schema, "description") == null || text(schema, "description").isBlank()) {
      problems.add(id + ": no description");
    }
    JsonNode attributes = Json.field(schema, "attributes");
    if (attributes != null && attributes.isArray()) {
      for (JsonNode a : attributes) {
        if (text(a, "description") == null || text(a, "description").isBlank()) {
          problems.add(id + ":" + text(a, "name") + ": no description");
        }
      }
    }
    return problems;
  }

  /** RFC 7643 §7: "When an attribute is of type "complex", there SHOULD be a corresponding ... "subAttributes"". */
  public static List<String> complexWithSubAttributes(JsonNode schema) {
    List<String> problems = new ArrayList<>();
    walk(text(schema, "id"), Json.field(schema, "attributes"), (where, a) -> {
      JsonNode subs = Json.field(a, "subAttributes");
      if ("complex".equalsIgnoreCase(text(a, "type")) && (subs == null || !subs.isArray() || subs.isEmpty())) {
        problems.add(where + ": a complex attribute without subAttributes");
      }
    });
    return problems;
  }

  /**
   * RFC 7643 §7's OPTIONAL parts where given: a schema's name and description are text, canonicalValues a list, and
   * a sub-attribute (the complex object the Schema resource MAY hold within a sub-attribute) an object with a name
   * and a type.
   */
  public static List<String> schemaOptional(JsonNode schema) {
    List<String> problems = new ArrayList<>();
    String id = text(schema, "id");
    for (String a : List.of("name", "description")) {
      JsonNode v = Json.field(schema, a);
      if (v != null && !v.isTextual()) {
        problems.add(id + ": " + a + " is no text: " + v);
      }
    }
    walk(id, Json.field(schema, "attributes"), (where, a) -> {
      JsonNode canonical = Json.field(a, "canonicalValues");
      if (canonical != null && !canonical.isArray()) {
        problems.add(where + ": canonicalValues is no list: " + canonical);
      }
      JsonNode subs = Json.field(a, "subAttributes");
      if (subs != null && subs.isArray()) {
        for (JsonNode s : subs) {
          if (!s.isObject() || text(s, "name") == null || text(s, "type") == null) {
            problems.add(where + ": a sub-attribute that is no object with name and type: " + abbreviate(s));
          }
        }
      }
    });
    return problems;
  }

  /** How many of the URLs {@link #serviceProviderUrls} checks the configuration gives: none checks nothing. */
  public static int serviceProviderUrlCount(JsonNode spc) {
    int n = Json.field(spc, "documentationUri") == null ? 0 : 1;
    JsonNode schemes = Json.field(spc, "authenticationSchemes");
    if (schemes != null && schemes.isArray()) {
      for (JsonNode s : schemes) {
        n += (Json.field(s, "specUri") == null ? 0 : 1) + (Json.field(s, "documentationUri") == null ? 0 : 1);
      }
    }
    return n;
  }

  /** RFC 7643 §5: documentationUri and each scheme's specUri and documentationUri, where given, are HTTP URLs. */
  public static List<String> serviceProviderUrls(JsonNode spc) {
    List<String> problems = new ArrayList<>();
    httpUrl("documentationUri", Json.field(spc, "documentationUri"), problems);
    JsonNode schemes = Json.field(spc, "authenticationSchemes");
    if (schemes != null && schemes.isArray()) {
      for (JsonNode s : schemes) {
        httpUrl("authenticationSchemes[" + text(s, "type") + "].specUri", Json.field(s, "specUri"), problems);
        httpUrl("authenticationSchemes[" + text(s, "type") + "].documentationUri", Json.field(s, "documentationUri"),
            problems);
      }
    }
    return problems;
  }

  private static void httpUrl(String what, JsonNode v, List<String> problems) {
    if (v == null || v.isNull()) {
      return;
    }
    try {
      URI u = new URI(v.asText());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!v.isTextual() || !(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        problems.add(what + " is not an HTTP-addressable URL: " + v);
      }
    } catch (URISyntaxException e) {
      problems.add(what + " is not a URI: " + v);
    }
  }

  private static void walk(String where, JsonNode attributes, java.util.function.BiConsumer<String, JsonNode> visit) {
    if (attributes == null || !attributes.isArray()) {
      return;
    }
    for (JsonNode a : attributes) {
      String here = where + ":" + text(a, "name");
      visit.accept(here, a);
      walk(here, Json.field(a, "subAttributes"), visit);
    }
  }

  private static String text(JsonNode o, String name) {
    JsonNode v = Json.field(o, name);
    return v == null || !v.isValueNode() ? null : v.asText();
  }

  private static String abbreviate(JsonNode n) {
    String s = String.valueOf(n);
    return s.length() > 120 ? s.substring(0, 120) + "…" : s;
  }
}
