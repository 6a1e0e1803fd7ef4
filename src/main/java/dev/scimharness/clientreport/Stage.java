package dev.scimharness.clientreport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.util.Locale;

/**
 * The provisioning step a request belongs to, inferred from the request alone (method, path, query, body), as an
 * IdP team names its steps: a lookup before create, a create, an update, a deactivation, a group push, …
 */
public enum Stage {
  LOOKUP("lookup"),
  IMPORT("import / list"),
  READ("read"),
  CREATE("create"),
  UPDATE("update"),
  DEACTIVATE("deactivate"),
  REACTIVATE("reactivate"),
  DELETE("delete"),
  GROUP_PUSH("group push"),
  GROUP_RENAME("group rename"),
  MEMBER_ADD("member add"),
  MEMBER_REMOVE("member remove"),
  GROUP_UPDATE("group update"),
  GROUP_DELETE("group delete"),
  SEARCH("search (POST .search)"),
  BULK("bulk"),
  OTHER("other");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The step of one request; a body that is not JSON still yields the step its method and path say. */
  public static Stage of(String method, String path, String query, String body) {
    String[] seg = path.split("/");
    int i = seg.length - 1;
    while (i >= 0 && !isEndpoint(seg[i])) {
      i--;
    }
    if (i < 0) {
      return OTHER;
    }
    String endpoint = seg[i].toLowerCase(Locale.ROOT);
    boolean withId = i < seg.length - 1;
    String m = method.toUpperCase(Locale.ROOT);
    return switch (endpoint) {
      case ".search" -> SEARCH;
      case "bulk" -> BULK;
      case "groups" -> withId ? group(m, body) : m.equals("POST") ? GROUP_PUSH : list(query);
      default -> withId || endpoint.equals("me") ? user(m, body) : m.equals("POST") ? CREATE : list(query);
    };
  }

  private static boolean isEndpoint(String s) {
    return s.equalsIgnoreCase("Users") || s.equalsIgnoreCase("Groups") || s.equalsIgnoreCase(".search")
        || s.equalsIgnoreCase("Bulk") || s.equalsIgnoreCase("Me");
  }

  private static Stage list(String query) {
    return query != null && query.toLowerCase(Locale.ROOT).contains("filter=") ? LOOKUP : IMPORT;
  }

  private static Stage user(String method, String body) {
    return switch (method) {
      case "GET" -> READ;
      case "DELETE" -> DELETE;
      case "PUT", "PATCH" -> {
        Boolean active = method.equals("PUT") ? bool(json(body).get("active")) : patchedActive(json(body));
        yield active == null ? UPDATE : active ? REACTIVATE : DEACTIVATE;
      }
      default -> OTHER;
    };
  }

  private static Stage group(String method, String body) {
    return switch (method) {
      case "GET" -> READ;
      case "DELETE" -> GROUP_DELETE;
      case "PUT" -> GROUP_UPDATE;
      case "PATCH" -> groupPatch(json(body));
      default -> OTHER;
    };
  }

  /** A group PATCH: a member change by its first operation that names members, else a rename or other update. */
  private static Stage groupPatch(JsonNode body) {
    boolean rename = false;
    for (JsonNode op : operations(body)) {
      String kind = Json.field(op, "op") == null ? "" : Json.field(op, "op").asText().toLowerCase(Locale.ROOT);
      String path = Json.field(op, "path") == null ? "" : Json.field(op, "path").asText().toLowerCase(Locale.ROOT);
      JsonNode value = Json.field(op, "value");
      boolean members = path.startsWith("members") || value != null && value.isObject()
          && Json.field(value, "members") != null;
      if (members) {
        return kind.equals("remove") ? MEMBER_REMOVE : kind.equals("add") ? MEMBER_ADD : GROUP_UPDATE;
      }
      rename |= path.equals("displayname") || value != null && value.isObject()
          && Json.field(value, "displayName") != null;
    }
    return rename ? GROUP_RENAME : GROUP_UPDATE;
  }

  /** What a user PATCH sets {@code active} to, if any of its operations does. */
  private static Boolean patchedActive(JsonNode body) {
    for (JsonNode op : operations(body)) {
      JsonNode path = Json.field(op, "path");
      JsonNode value = Json.field(op, "value");
      if (path != null && path.asText().equalsIgnoreCase("active")) {
        return bool(value);
      }
      if (path == null && value != null && value.isObject() && Json.field(value, "active") != null) {
        return bool(Json.field(value, "active"));
      }
    }
    return null;
  }

  private static Iterable<JsonNode> operations(JsonNode body) {
    JsonNode ops = Json.field(body, "Operations");
    return ops != null && ops.isArray() ? ops : java.util.List.of();
  }

  /** {@code true}, {@code false}, or their string forms some IdPs send; anything else is not a decision. */
  private static Boolean bool(JsonNode v) {
    if (v == null) {
      return null;
    }
    String t = v.asText().toLowerCase(Locale.ROOT);
    return t.equals("true") ? Boolean.TRUE : t.equals("false") ? Boolean.FALSE : null;
  }

  private static JsonNode json(String body) {
    if (body == null || body.isBlank()) {
      return Json.object();
    }
    try {
      JsonNode n = Json.MAPPER.readTree(body);
      return n == null || !n.isObject() ? Json.object() : n;
    } catch (java.io.IOException e) {
      return Json.object();
    }
  }
}
