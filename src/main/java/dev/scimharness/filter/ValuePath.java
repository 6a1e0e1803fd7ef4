package dev.scimharness.filter;

import dev.scimharness.scim.AttributePath;
import java.util.Objects;

/**
 * {@code attrPath "[" valFilter "]"}: a filter over the values of a multi-valued complex attribute, whose
 * paths are relative to one value ({@code emails[type eq "work" and value co "@example.com"]}).
 */
public record ValuePath(AttributePath attribute, Filter filter) implements Filter {
  public ValuePath {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(filter, "filter");
    if (attribute.hasSubAttribute()) {
      throw new IllegalArgumentException("a value path names a complex attribute, not a sub-attribute: " + attribute);
    }
  }
}
