package dev.scimharness.filter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.AttributePath;
import java.util.Objects;

/** {@code attrPath compareOp compValue}; the value is a JSON string, number, boolean or null. */
public record Compare(AttributePath attribute, CompareOp op, JsonNode value) implements Filter {
  public Compare {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(value, "value");
    if (!value.isValueNode()) {
      throw new IllegalArgumentException("a comparison value must be a JSON literal: " + value);
    }
  }
}
