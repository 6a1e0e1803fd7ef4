package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.scimharness.scim.Json;
import java.util.Arrays;

/**
 * The client-owned part of a resource, ready to store: serialized body plus the values the indices need.
 * Server-owned and derived attributes are stripped here, in one place.
 */
record Draft(byte[] body, String name, String externalId) {

  /** Attributes the server owns or derives; never part of a stored body. */
  private static final String[] DERIVED = {"id", "meta", "members", "groups"};

  static Draft of(ResourceKind kind, ObjectNode resource) {
    ObjectNode copy = resource.deepCopy();
    for (String f : DERIVED) {
      String actual;
      while ((actual = Json.fieldName(copy, f)) != null) {
        copy.remove(actual);
      }
    }
    String nameField = kind.nameAttribute();
    try {
      return new Draft(Json.MAPPER.writeValueAsBytes(copy), text(copy, nameField), text(copy, "externalId"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  private static String text(ObjectNode node, String field) {
    JsonNode v = Json.field(node, field);
    return v == null || v.isNull() ? null : v.asText();
  }

  boolean sameAs(StoredResource r) {
    return Arrays.equals(body, r.body()) && java.util.Objects.equals(name, r.name())
        && java.util.Objects.equals(externalId, r.externalId());
  }
}
