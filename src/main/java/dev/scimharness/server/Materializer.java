package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@link StoredResource} back into its full SCIM representation: {@code id}, the stored body, the derived
 * {@code members} (groups) or {@code groups} (users) from the membership index, and {@code meta}. For a group of
 * n members this is O(n), which is the cost of writing the members out anyway.
 */
final class Materializer {
  private final VersionHook versions;

  Materializer(VersionHook versions) {
    this.versions = versions;
  }

  /** The weak ETag, also served as {@code meta.version} (RFC 7644 §3.14). */
  String version(StoredResource r) {
    return "W/\"" + versions.version(r) + "\"";
  }

  String location(StoredResource r, String baseUrl) {
    return baseUrl + r.kind().endpoint() + "/" + r.id();
  }

  /** The stored client attributes only, as a fresh tree. */
  static ObjectNode body(StoredResource r) {
    try {
      return (ObjectNode) Json.MAPPER.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException("a stored resource could not be read", e);
    }
  }

  /**
   * The full representation. {@code withMembers} false leaves a group's {@code members} out, for callers that do
   * not need them (a filter that does not mention them, a hook that is told so).
   */
  ObjectNode full(StoredResource r, ResourceStore store, String baseUrl, boolean withMembers) {
    ObjectNode body = body(r);
    ObjectNode out = Json.object();
    JsonNode schemas = body.remove("schemas");
    if (schemas != null) {
      out.set("schemas", schemas);
    } else {
      out.putArray("schemas").add(r.kind().schema());
    }
    out.put("id", r.id());
    Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      out.set(f.getKey(), f.getValue());
    }
    if (r.kind() == ResourceKind.GROUP && withMembers) {
      out.set("members", members(r.id(), store, baseUrl));
    }
    if (r.kind() == ResourceKind.USER) {
      ArrayNode groups = groups(r.id(), store, baseUrl);
      if (!groups.isEmpty()) {
        out.set("groups", groups);
      }
    }
    ObjectNode meta = out.putObject("meta");
    meta.put("resourceType", r.kind().typeName());
    meta.put("created", r.createdAt().toString());
    meta.put("lastModified", r.lastModifiedAt().toString());
    meta.put("location", location(r, baseUrl));
    meta.put("version", version(r));
    return out;
  }

  private static ArrayNode members(String groupId, ResourceStore store, String baseUrl) {
    ArrayNode arr = Json.NODES.arrayNode();
    for (Map.Entry<String, String> m : store.members(groupId).entrySet()) {
      Optional<StoredResource> member = store.get(m.getKey());
      if (member.isEmpty()) {
        continue;
      }
      ResourceKind kind = member.get().kind();
      ObjectNode v = arr.addObject();
      v.put("value", m.getKey());
      v.put("$ref", baseUrl + kind.endpoint() + "/" + m.getKey());
      v.put("type", kind.typeName());
      if (!m.getValue().isEmpty()) {
        v.put("display", m.getValue());
      }
    }
    return arr;
  }

  private static ArrayNode groups(String userId, ResourceStore store, String baseUrl) {
    ArrayNode arr = Json.NODES.arrayNode();
    for (String groupId : store.groupsOf(userId)) {
      Optional<StoredResource> g = store.get(ResourceKind.GROUP, groupId);
      if (g.isEmpty()) {
        continue;
      }
      ObjectNode v = arr.addObject();
      v.put("value", groupId);
      v.put("$ref", baseUrl + ResourceKind.GROUP.endpoint() + "/" + groupId);
      if (g.get().name() != null) {
        v.put("display", g.get().name());
      }
      v.put("type", "direct");
    }
    return arr;
  }
}
