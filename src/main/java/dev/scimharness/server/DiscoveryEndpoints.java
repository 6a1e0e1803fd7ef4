package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ResourceType;
import dev.scimharness.scim.Schema;
import dev.scimharness.scim.SchemaExtension;
import dev.scimharness.scim.SchemaRegistry;
import dev.scimharness.scim.ScimException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /ServiceProviderConfig}, {@code /Schemas} and {@code /ResourceTypes} (RFC 7644 §4), computed from what
 * the server really does — its limits, its registry — then adjusted by the profile. RFC 7644 §4: these endpoints
 * do not require authentication, and a {@code filter} on them is answered 403.
 */
final class DiscoveryEndpoints {
  private final ServerConfig config;
  private final SchemaRegistry registry;

  DiscoveryEndpoints(ServerConfig config, SchemaRegistry registry) {
    this.config = config;
    this.registry = registry;
  }

  void serviceProviderConfig(Context ctx) {
    noFilter(ctx);
    ScimHttp.send(ctx, 200, serviceProviderConfig(ScimRoutes.baseUrl(ctx, config)));
  }

  ObjectNode serviceProviderConfig(String baseUrl) {
    ObjectNode o = Json.object();
    o.putArray("schemas").add(SchemaRegistry.SERVICE_PROVIDER_CONFIG);
    o.put("documentationUri", "https://datatracker.ietf.org/doc/html/rfc7644");
    o.putObject("patch").put("supported", true);
    ObjectNode bulk = o.putObject("bulk");
    bulk.put("supported", true);
    bulk.put("maxOperations", config.bulkMaxOperations());
    bulk.put("maxPayloadSize", config.bulkMaxPayloadSize());
    ObjectNode filter = o.putObject("filter");
    filter.put("supported", true);
    filter.put("maxResults", config.maxResults());
    o.putObject("changePassword").put("supported", true);
    o.putObject("sort").put("supported", true);
    o.putObject("etag").put("supported", true);
    config.pagination().advertise(o, config.maxResults());
    ObjectNode scheme = o.putArray("authenticationSchemes").addObject();
    scheme.put("type", "oauthbearertoken");
    scheme.put("name", "OAuth Bearer Token");
    scheme.put("description", "Authentication with a bearer token issued for one tenant.");
    scheme.put("specUri", "https://www.rfc-editor.org/rfc/rfc6750");
    scheme.put("documentationUri", "https://www.rfc-editor.org/rfc/rfc7644#section-2");
    scheme.put("primary", true);
    ObjectNode meta = o.putObject("meta");
    meta.put("resourceType", "ServiceProviderConfig");
    meta.put("location", baseUrl + "/ServiceProviderConfig");
    config.profile().customiseServiceProviderConfig(o);
    return o;
  }

  void schemas(Context ctx) {
    noFilter(ctx);
    String base = ScimRoutes.baseUrl(ctx, config);
    List<JsonNode> all = new ArrayList<>();
    for (Schema s : registry.schemas()) {
      if (!config.hooks().discovery().lists(s.id())) {
        continue;
      }
      all.add(schema(s.id(), base));
    }
    ScimHttp.send(ctx, 200, ScimHttp.listResponse(all.size(), 1, all));
  }

  void schema(Context ctx) {
    String id = ctx.pathParam("id");
    if (registry.schema(id).isEmpty()) {
      throw ScimException.notFound("Schema '" + id + "' not found.");
    }
    ScimHttp.send(ctx, 200, schema(id, ScimRoutes.baseUrl(ctx, config)));
  }

  private ObjectNode schema(String id, String baseUrl) {
    ObjectNode o = (ObjectNode) registry.schemaRepresentation(id).orElseThrow();
    o.putArray("schemas").add(SchemaRegistry.SCHEMA);
    ObjectNode meta = o.putObject("meta");
    meta.put("resourceType", "Schema");
    meta.put("location", baseUrl + "/Schemas/" + o.path("id").asText(id));
    return o;
  }

  void resourceTypes(Context ctx) {
    noFilter(ctx);
    String base = ScimRoutes.baseUrl(ctx, config);
    List<JsonNode> all = new ArrayList<>();
    for (ResourceType t : registry.resourceTypes()) {
      all.add(resourceType(t, base));
    }
    ScimHttp.send(ctx, 200, ScimHttp.listResponse(all.size(), 1, all));
  }

  void resourceType(Context ctx) {
    String name = ctx.pathParam("name");
    ResourceType t = registry.resourceType(name)
        .orElseThrow(() -> ScimException.notFound("ResourceType '" + name + "' not found."));
    ScimHttp.send(ctx, 200, resourceType(t, ScimRoutes.baseUrl(ctx, config)));
  }

  private static ObjectNode resourceType(ResourceType t, String baseUrl) {
    ObjectNode o = Json.object();
    o.putArray("schemas").add(SchemaRegistry.RESOURCE_TYPE);
    o.put("id", t.name());
    o.put("name", t.name());
    o.put("endpoint", t.endpoint());
    o.put("description", t.description());
    o.put("schema", t.schema());
    ArrayNode ext = o.putArray("schemaExtensions");
    for (SchemaExtension e : t.schemaExtensions()) {
      ObjectNode x = ext.addObject();
      x.put("schema", e.schema());
      x.put("required", e.required());
    }
    ObjectNode meta = o.putObject("meta");
    meta.put("resourceType", "ResourceType");
    meta.put("location", baseUrl + "/ResourceTypes/" + t.name());
    return o;
  }

  private void noFilter(Context ctx) {
    if (ctx.queryParam("filter") != null && config.hooks().discovery().refusesFilter()) {
      throw new ScimException(403, null, "Filtering is not supported on discovery endpoints (RFC 7644 §4).");
    }
  }
}
