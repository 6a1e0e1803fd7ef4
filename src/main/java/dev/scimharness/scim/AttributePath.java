package dev.scimharness.scim;

import java.util.Locale;
import java.util.Objects;

/**
 * An attribute path of RFC 7644 §3.10 / the §3.4.2.2 ABNF {@code attrPath = [URI ":"] ATTRNAME *1subAttr}:
 * an optional schema URN, an attribute name and an optional sub-attribute name. Immutable; names keep the
 * spelling they were written with and compare case-insensitively.
 */
public record AttributePath(String schemaUrn, String attribute, String subAttribute) {

  public AttributePath {
    Objects.requireNonNull(attribute, "attribute");
    if (attribute.isEmpty()) {
      throw new IllegalArgumentException("empty attribute name");
    }
    if (subAttribute != null && subAttribute.isEmpty()) {
      throw new IllegalArgumentException("empty sub-attribute name");
    }
  }

  public static AttributePath of(String attribute) {
    return new AttributePath(null, attribute, null);
  }

  public static AttributePath of(String attribute, String subAttribute) {
    return new AttributePath(null, attribute, subAttribute);
  }

  /**
   * Parses {@code [urn:…:]name[.sub]} by the rule of {@link AttributePathLexer}; an {@link
   * IllegalArgumentException} with the position if the text is not one.
   */
  public static AttributePath parse(String text) {
    return AttributePathLexer.parse(text, AttributePathLexer.ILLEGAL_ARGUMENT);
  }

  public boolean hasSubAttribute() {
    return subAttribute != null;
  }

  /** The same path without its sub-attribute. */
  public AttributePath parent() {
    return new AttributePath(schemaUrn, attribute, null);
  }

  public AttributePath withSubAttribute(String sub) {
    return new AttributePath(schemaUrn, attribute, sub);
  }

  /** Case-insensitive identity, as RFC 7643 §2.1 wants for attribute names (URNs included). */
  public String key() {
    return toString().toLowerCase(Locale.ROOT);
  }

  public boolean sameAs(AttributePath other) {
    return key().equals(other.key());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (schemaUrn != null) {
      sb.append(schemaUrn).append(':');
    }
    sb.append(attribute);
    if (subAttribute != null) {
      sb.append('.').append(subAttribute);
    }
    return sb.toString();
  }
}
