package dev.scimharness.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;

/** One PATCH operation as a client writes it (RFC 7644 §3.5.2): "op", and "path" and "value" where given. */
public final class OperationJson {
  private OperationJson() {}

  public static ObjectNode of(String op, String path, JsonNode value) {
    ObjectNode o = Json.object().put("op", op);
    if (path != null) {
      o.put("path", path);
    }
    if (value != null) {
      o.set("value", value);
    }
    return o;
  }
}
