package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resource types a target advertises beyond RFC 7643's User and Group (RFC 7644 §4: "/ResourceTypes ... used
 * to discover the types of resources available"), each with the schemas {@code /Schemas} serves for it, so that
 * generic scenarios can create, read, find and delete them and check the characteristics their schemas declare. A
 * provider that lists its discovery endpoints among its resource types (as some libraries do) has those left out:
 * they are read, not provisioned.
 */
public final class AdvertisedTypes {
  private static final Set<String> LEFT_OUT = Set.of("user", "group", "serviceproviderconfig", "resourcetype",
      "schema");

  private AdvertisedTypes() {}

  /** The types beyond User and Group in the discovery answers an {@link Extensions} holds. */
  public static List<AdvertisedType> beyondUserAndGroup(Extensions discovery) {
    return beyondUserAndGroup(discovery.resourceTypes(), discovery.schemas());
  }

  public static List<AdvertisedType> beyondUserAndGroup(JsonNode resourceTypes, JsonNode schemas) {
    Map<String, JsonNode> served = new LinkedHashMap<>();
    for (JsonNode s : ListView.resources(schemas)) {
      text(s, "id").ifPresent(id -> served.put(id.toLowerCase(Locale.ROOT), s));
    }
    List<AdvertisedType> out = new ArrayList<>();
    for (JsonNode t : ListView.resources(resourceTypes)) {
      Optional<String> name = text(t, "name");
      Optional<String> endpoint = text(t, "endpoint");
      Optional<String> schema = text(t, "schema");
      if (name.isEmpty() || endpoint.isEmpty() || schema.isEmpty()
          || LEFT_OUT.contains(name.get().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Map<String, Boolean> extensions = new LinkedHashMap<>();
      Map<String, JsonNode> extensionSchemas = new LinkedHashMap<>();
      JsonNode ext = Json.field(t, "schemaExtensions");
      if (ext != null && ext.isArray()) {
        for (JsonNode e : ext) {
          text(e, "schema").ifPresent(urn -> {
            JsonNode required = Json.field(e, "required");
            extensions.put(urn, required != null && required.asBoolean(false));
            JsonNode s = served.get(urn.toLowerCase(Locale.ROOT));
            if (s != null) {
              extensionSchemas.put(urn, s);
            }
          });
        }
      }
      String path = endpoint.get().startsWith("/") ? endpoint.get() : "/" + endpoint.get();
      out.add(new AdvertisedType(name.get(), path, schema.get(), served.get(schema.get().toLowerCase(Locale.ROOT)),
          extensions, extensionSchemas));
    }
    return out;
  }

  /** Why scenarios about advertised resource types are skipped, or empty when there is one to check. */
  public static Optional<String> noneAdvertised(Extensions discovery) {
    if (discovery.resourceTypes() == null) {
      return Optional.empty(); // unread: the discovery scenarios report why; these run and say what they meet
    }
    return beyondUserAndGroup(discovery).isEmpty()
        ? Optional.of("the target advertises no resource type beyond User and Group in /ResourceTypes")
        : Optional.empty();
  }

  private static Optional<String> text(JsonNode object, String name) {
    JsonNode v = Json.field(object, name);
    return v != null && v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
  }
}
