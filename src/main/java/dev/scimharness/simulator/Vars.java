package dev.scimharness.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The values a template's {@code ${name}} placeholders take. {@code randomGuid} is fresh at every use
 * (Entra probes with a new GUID each cycle).
 */
public final class Vars {
  private final Map<String, JsonNode> values = new LinkedHashMap<>();

  public Vars put(String name, String value) {
    if (value != null) {
      values.put(name, TextNode.valueOf(value));
    }
    return this;
  }

  public Vars put(String name, boolean value) {
    values.put(name, BooleanNode.valueOf(value));
    return this;
  }

  public Vars put(String name, JsonNode value) {
    if (value != null) {
      values.put(name, value);
    }
    return this;
  }

  public Vars putAll(Vars other) {
    values.putAll(other.values);
    return this;
  }

  public Vars copy() {
    return new Vars().putAll(this);
  }

  /** The value, or {@code null} when unknown. */
  public JsonNode get(String name) {
    if (name.equals("randomGuid")) {
      return TextNode.valueOf(UUID.randomUUID().toString());
    }
    return values.get(name);
  }
}
