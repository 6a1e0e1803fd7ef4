package dev.scimharness.peers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.messages.PatchOpType;
import com.unboundid.scim2.common.messages.PatchOperation;
import com.unboundid.scim2.common.messages.PatchRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fills in members[].$ref where the client sent only members[].value. The toolkit's Group schema (4.0.0) makes
 * $ref required, so without this every group with members is refused; RFC 7643 §8.7.1 does not require it, and
 * the reference is the server's to derive from the id (the toolkit's 5.0.0 drops the requirement). The glue does
 * not check that the member exists (the library cannot see the store): an unknown id becomes a User reference.
 */
final class MemberReferences {
  private final ObjectNodeStore groups;

  MemberReferences(ObjectNodeStore groups) {
    this.groups = groups;
  }

  void fill(ObjectNode resource, URI base) {
    fillValues(field(resource, "members"), base);
  }

  /** The request with references filled in; the library's operations hand out copies of their values. */
  PatchRequest fill(PatchRequest patch, URI base) {
    List<PatchOperation> ops = new ArrayList<>();
    for (PatchOperation op : patch) {
      Path path = op.getPath();
      JsonNode value = op.getJsonNode();
      if (path == null && value instanceof ObjectNode resource) {
        fill(resource, base);
        op = op.getOpType() == PatchOpType.ADD ? PatchOperation.add(resource) : PatchOperation.replace(resource);
      } else if (value != null && path != null && path.size() == 1 && path.getSchemaUrn() == null
          && "members".equalsIgnoreCase(path.getElement(0).getAttribute())) {
        fillValues(value, base);
        op = PatchOperation.create(op.getOpType(), path, value);
      }
      ops.add(op);
    }
    return new PatchRequest(ops);
  }

  private void fillValues(JsonNode members, URI base) {
    if (members == null) {
      return;
    }
    for (JsonNode member : members.isArray() ? members : List.of(members)) {
      JsonNode value = field(member, "value");
      if (member instanceof ObjectNode m && field(m, "$ref") == null && value != null && value.isTextual()) {
        String endpoint = groups.contains(value.asText()) ? "Groups/" : "Users/";
        m.put("$ref", base.resolve(endpoint + value.asText()).toString());
      }
    }
  }

  /** Attribute names are case-insensitive (RFC 7643 §2.1). */
  private static JsonNode field(JsonNode node, String name) {
    if (node == null || !node.isObject()) {
      return null;
    }
    for (Map.Entry<String, JsonNode> f : node.properties()) {
      if (f.getKey().equalsIgnoreCase(name)) {
        return f.getValue();
      }
    }
    return null;
  }
}
