package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ScimException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Preloads users and groups from a JSON file {@code {"users":[…], "groups":[…]}} into one tenant, through the
 * same validation as POST. A group member's {@code value} may name a seeded user by {@code userName} or a group
 * by {@code displayName} (the ids are only known once the server assigns them).
 */
public final class SeedData {
  private SeedData() {}

  /** Loads the file; returns how many users and groups were created. */
  public static int[] load(ReferenceServer server, TokenGrant grant, Path file) {
    JsonNode root;
    try {
      root = Json.parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seed file " + file, e);
    }
    RequestScope scope = server.scope(grant);
    int users = 0;
    int groups = 0;
    for (JsonNode u : list(root, "users")) {
      server.service().create(scope, ResourceKind.USER, withSchema(u, ResourceKind.USER));
      users++;
    }
    for (JsonNode g : list(root, "groups")) {
      ObjectNode group = withSchema(g, ResourceKind.GROUP);
      JsonNode members = Json.field(group, "members");
      if (members instanceof ArrayNode arr) {
        for (JsonNode m : arr) {
          if (m instanceof ObjectNode mo && Json.field(mo, "value") != null) {
            mo.put("value", resolve(scope.store(), Json.field(mo, "value").asText()));
          }
        }
      }
      server.service().create(scope, ResourceKind.GROUP, group);
      groups++;
    }
    return new int[] {users, groups};
  }

  private static String resolve(ResourceStore store, String value) {
    if (store.get(value).isPresent()) {
      return value;
    }
    return store.byUserName(value).map(StoredResource::id)
        .or(() -> store.groupsByDisplayName(value).stream().findFirst().map(StoredResource::id))
        .orElseThrow(() -> ScimException.invalidValue("seed member '" + value + "' names no user or group"));
  }

  private static Iterable<JsonNode> list(JsonNode root, String field) {
    JsonNode v = Json.field(root, field);
    if (v == null) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException("seed file: '" + field + "' must be an array");
    }
    return v;
  }

  private static ObjectNode withSchema(JsonNode n, ResourceKind kind) {
    ObjectNode o = Validation.object(n).deepCopy();
    if (Json.field(o, "schemas") == null) {
      o.putArray("schemas").add(kind.schema());
    }
    return o;
  }
}
