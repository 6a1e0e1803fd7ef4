package dev.scimharness.scim;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Schemas and resource types as data. {@link #standard()} holds the RFC 7643 §8.7.1 User, Group and Enterprise
 * User schemas and the §8.7.2 ServiceProviderConfig, ResourceType and Schema schemas, read from JSON
 * resources; a provider profile adds its own with {@link #register(Schema)} without new code paths.
 */
public final class SchemaRegistry {
  public static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  public static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
  public static final String ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  /** The reference server's own resource type beside User and Group (docs/reference-server.md). */
  public static final String SERVICE_PRINCIPAL = "urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal";
  public static final String OWNERSHIP = "urn:ietf:params:scim:schemas:extension:ownership:2.0:ServicePrincipal";
  public static final String SERVICE_PROVIDER_CONFIG = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
  public static final String RESOURCE_TYPE = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
  public static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

  private static final List<String> STANDARD_SCHEMAS = List.of("user.json", "group.json", "enterprise-user.json",
      "service-provider-config.json", "resource-type.json", "schema.json", "service-principal.json",
      "service-principal-ownership.json");
  private static final List<String> STANDARD_RESOURCE_TYPES = List.of("user.json", "group.json",
      "service-principal.json");

  private final Map<String, Schema> schemas = new LinkedHashMap<>();
  private final Map<String, JsonNode> schemaJson = new LinkedHashMap<>();
  private final Map<String, ResourceType> resourceTypes = new LinkedHashMap<>();

  /** A fresh registry with the standard schemas and the User and Group resource types. */
  public static SchemaRegistry standard() {
    SchemaRegistry r = new SchemaRegistry();
    for (String f : STANDARD_SCHEMAS) {
      r.register(readResource("/schemas/" + f));
    }
    for (String f : STANDARD_RESOURCE_TYPES) {
      r.register(SchemaReader.resourceType(readResource("/resource-types/" + f)));
    }
    return r;
  }

  /** Registers a schema given as its RFC 7643 §7 JSON representation; replaces one with the same id. */
  public Schema register(JsonNode schemaRepresentation) {
    Schema s = SchemaReader.schema(schemaRepresentation);
    schemas.put(s.id().toLowerCase(Locale.ROOT), s);
    schemaJson.put(s.id().toLowerCase(Locale.ROOT), schemaRepresentation.deepCopy());
    return s;
  }

  public void register(ResourceType type) {
    if (schema(type.schema()).isEmpty()) {
      throw new IllegalArgumentException("resource type " + type.name() + " names unknown schema " + type.schema());
    }
    for (SchemaExtension e : type.schemaExtensions()) {
      if (schema(e.schema()).isEmpty()) {
        throw new IllegalArgumentException("resource type " + type.name() + " names unknown extension " + e.schema());
      }
    }
    resourceTypes.put(type.name().toLowerCase(Locale.ROOT), type);
  }

  public Optional<Schema> schema(String urn) {
    return Optional.ofNullable(schemas.get(urn.toLowerCase(Locale.ROOT)));
  }

  /** The JSON representation a {@code /Schemas} endpoint serves, as registered. */
  public Optional<JsonNode> schemaRepresentation(String urn) {
    JsonNode n = schemaJson.get(urn.toLowerCase(Locale.ROOT));
    return Optional.ofNullable(n == null ? null : n.deepCopy());
  }

  public Collection<Schema> schemas() {
    return List.copyOf(schemas.values());
  }

  public Optional<ResourceType> resourceType(String name) {
    return Optional.ofNullable(resourceTypes.get(name.toLowerCase(Locale.ROOT)));
  }

  public Collection<ResourceType> resourceTypes() {
    return List.copyOf(resourceTypes.values());
  }

  /** The resolved schema view of a registered resource type. */
  public ResourceSchema resourceSchema(String resourceTypeName) {
    ResourceType type = resourceType(resourceTypeName)
        .orElseThrow(() -> new IllegalArgumentException("unknown resource type " + resourceTypeName));
    List<Schema> ext = new ArrayList<>();
    for (SchemaExtension e : type.schemaExtensions()) {
      ext.add(schema(e.schema()).orElseThrow());
    }
    return new ResourceSchema(type, schema(type.schema()).orElseThrow(), ext);
  }

  private static JsonNode readResource(String path) {
    try (InputStream in = SchemaRegistry.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
