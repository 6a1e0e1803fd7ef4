package dev.scimharness.scim;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One attribute's characteristics (RFC 7643 §2.2 and §7). Names compare case-insensitively (RFC 7643 §2.1).
 */
public record AttributeDefinition(
    String name,
    AttributeType type,
    boolean multiValued,
    String description,
    boolean required,
    boolean caseExact,
    Mutability mutability,
    Returned returned,
    Uniqueness uniqueness,
    List<String> canonicalValues,
    List<String> referenceTypes,
    List<AttributeDefinition> subAttributes) {

  public AttributeDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mutability, "mutability");
    Objects.requireNonNull(returned, "returned");
    Objects.requireNonNull(uniqueness, "uniqueness");
    description = description == null ? "" : description;
    canonicalValues = canonicalValues == null ? List.of() : List.copyOf(canonicalValues);
    referenceTypes = referenceTypes == null ? List.of() : List.copyOf(referenceTypes);
    subAttributes = subAttributes == null ? List.of() : List.copyOf(subAttributes);
  }

  /** A readWrite, default-returned, non-unique, optional attribute: the RFC 7643 §2.2 defaults. */
  public static AttributeDefinition simple(String name, AttributeType type) {
    return new AttributeDefinition(name, type, false, "", false, false, Mutability.READ_WRITE,
        Returned.DEFAULT, Uniqueness.NONE, List.of(), List.of(), List.of());
  }

  public boolean isComplex() {
    return type == AttributeType.COMPLEX;
  }

  /** Whether this attribute's name is {@code other}, ignoring case as RFC 7643 §2.1 requires. */
  public boolean named(String other) {
    return name.equalsIgnoreCase(other);
  }

  public Optional<AttributeDefinition> subAttribute(String subName) {
    for (AttributeDefinition sub : subAttributes) {
      if (sub.named(subName)) {
        return Optional.of(sub);
      }
    }
    return Optional.empty();
  }

  /** The lower-case key used by case-insensitive indices. */
  public String key() {
    return name.toLowerCase(Locale.ROOT);
  }

  public AttributeDefinition withMutability(Mutability m) {
    return new AttributeDefinition(name, type, multiValued, description, required, caseExact, m, returned,
        uniqueness, canonicalValues, referenceTypes, subAttributes);
  }

  public AttributeDefinition withReturned(Returned r) {
    return new AttributeDefinition(name, type, multiValued, description, required, caseExact, mutability, r,
        uniqueness, canonicalValues, referenceTypes, subAttributes);
  }
}
