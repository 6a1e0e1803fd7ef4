package dev.scimharness.patch;

import dev.scimharness.filter.Filter;
import dev.scimharness.scim.AttributePath;
import java.util.Objects;

/**
 * The target of a PATCH operation, RFC 7644 §3.5.2 Figure 7: {@code PATH = attrPath / valuePath [subAttr]}.
 * {@code attribute} is the attribute path (with its sub-attribute when there is no value filter); {@code valueFilter}
 * selects values of a multi-valued complex attribute ({@code members[value eq "2819c223"]}); {@code subAttribute}
 * is the sub-attribute named after the filter ({@code emails[type eq "work"].value}).
 */
public record PatchPath(AttributePath attribute, Filter valueFilter, String subAttribute) {

  public PatchPath {
    Objects.requireNonNull(attribute, "attribute");
    if (valueFilter != null && attribute.hasSubAttribute()) {
      throw new IllegalArgumentException("a value filter follows an attribute, not a sub-attribute: " + attribute);
    }
    if (subAttribute != null && valueFilter == null) {
      throw new IllegalArgumentException("a sub-attribute after a filter needs the filter; use the attribute path");
    }
    if (subAttribute != null && subAttribute.isEmpty()) {
      throw new IllegalArgumentException("empty sub-attribute name");
    }
  }

  public static PatchPath of(AttributePath attribute) {
    return new PatchPath(attribute, null, null);
  }

  public boolean hasFilter() {
    return valueFilter != null;
  }

  /** The sub-attribute the path ends on, whether written before a filter would go or after it. */
  public String targetSubAttribute() {
    return valueFilter != null ? subAttribute : attribute.subAttribute();
  }
}
