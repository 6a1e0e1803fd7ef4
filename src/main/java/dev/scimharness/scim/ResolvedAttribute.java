package dev.scimharness.scim;

import java.util.Objects;

/**
 * Where an {@link AttributePath} lands in a resource type: the extension container it lives in
 * ({@code null} for core and common attributes), the top-level attribute, and the sub-attribute if any.
 */
public record ResolvedAttribute(String extensionUrn, AttributeDefinition attribute, AttributeDefinition subAttribute) {

  public ResolvedAttribute {
    Objects.requireNonNull(attribute, "attribute");
  }

  /** The definition the path finally names: the sub-attribute when there is one. */
  public AttributeDefinition definition() {
    return subAttribute != null ? subAttribute : attribute;
  }

  public boolean inExtension() {
    return extensionUrn != null;
  }
}
