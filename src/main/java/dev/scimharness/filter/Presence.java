package dev.scimharness.filter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.AttributeDefinition;

/**
 * Whether an attribute has a value: {@code pr} (RFC 7644 §3.4.2.2) and {@code eq null}, which read the states
 * RFC 7643 §2.5 makes equivalent (unassigned, null, an empty array) as the absence of a value.
 */
final class Presence {
  private Presence() {}

  /** RFC 7643 §2.5: unassigned, null and an empty array are the same state; anything else is assigned. */
  static boolean assigned(JsonNode top, String sub, AttributeDefinition subDef) {
    if (top == null) {
      return false;
    }
    if (top.isArray()) {
      for (int i = 0, n = top.size(); i < n; i++) {
        JsonNode e = top.get(i);
        if (sub == null ? assigned(e, null, null) : assigned(SchemaLookup.field(e, sub, subDef), null, null)) {
          return true;
        }
      }
      return false;
    }
    if (sub != null) {
      return assigned(SchemaLookup.field(top, sub, subDef), null, null);
    }
    return !top.isNull() && !top.isMissingNode();
  }

  /** RFC 7644 §3.4.2.2 "pr": a non-empty value, or a non-empty node for complex attributes. */
  static boolean present(JsonNode top, String sub, AttributeDefinition subDef) {
    if (top == null) {
      return false;
    }
    if (sub == null) {
      return nonEmpty(top);
    }
    if (top.isArray()) {
      for (int i = 0, n = top.size(); i < n; i++) {
        if (nonEmpty(SchemaLookup.field(top.get(i), sub, subDef))) {
          return true;
        }
      }
      return false;
    }
    return nonEmpty(SchemaLookup.field(top, sub, subDef));
  }

  private static boolean nonEmpty(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return false;
    }
    if (v.isTextual()) {
      return !v.textValue().isEmpty();
    }
    if (v.isContainerNode()) {
      for (JsonNode child : v) {
        if (nonEmpty(child)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }
}
