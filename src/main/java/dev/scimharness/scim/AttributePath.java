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
   * Splits {@code [urn:…:]name[.sub]}. The URN ends at the last colon, because attribute names cannot hold
   * colons while URNs hold dots ({@code …:enterprise:2.0:User:manager.value}). No validation of the name
   * characters: the filter and PATCH parsers do that with positions in their errors.
   */
  public static AttributePath parse(String text) {
    String urn = null;
    String rest = text;
    int colon = text.lastIndexOf(':');
    if (colon >= 0) {
      urn = text.substring(0, colon);
      rest = text.substring(colon + 1);
    }
    int dot = rest.indexOf('.');
    if (dot >= 0) {
      return new AttributePath(urn, rest.substring(0, dot), rest.substring(dot + 1));
    }
    return new AttributePath(urn, rest, null);
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
