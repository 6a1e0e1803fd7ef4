package dev.scimharness.scim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether two values of one attribute are the same value in SCIM terms: strings compare as
 * {@code caseExact} says (RFC 7643 §2.3.1), numbers by value, dateTimes by instant, complex values
 * sub-attribute by sub-attribute, multi-valued attributes as unordered collections (RFC 7643 §2.4 gives them
 * no order), and every unassigned form equal to every other (RFC 7643 §2.5).
 */
public final class AttributeEquivalence {
  private AttributeEquivalence() {}

  public static boolean equivalent(AttributeDefinition def, JsonNode a, JsonNode b) {
    boolean noA = Unassigned.isUnassigned(a);
    boolean noB = Unassigned.isUnassigned(b);
    if (noA || noB) {
      return noA && noB;
    }
    if (def.multiValued() && a.isArray() && b.isArray()) {
      return sameItems(def, a, b);
    }
    return sameItem(def, a, b);
  }

  private static boolean sameItems(AttributeDefinition def, JsonNode a, JsonNode b) {
    if (a.size() != b.size()) {
      return false;
    }
    List<JsonNode> unmatched = new ArrayList<>();
    b.forEach(unmatched::add);
    for (JsonNode item : a) {
      boolean found = false;
      for (int i = 0; i < unmatched.size(); i++) {
        if (sameItem(def, item, unmatched.get(i))) {
          unmatched.remove(i);
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameItem(AttributeDefinition def, JsonNode a, JsonNode b) {
    return switch (def.type()) {
      case COMPLEX -> sameComplex(def, a, b);
      case STRING, REFERENCE -> a.isTextual() && b.isTextual()
          && (def.caseExact() ? a.textValue().equals(b.textValue()) : a.textValue().equalsIgnoreCase(b.textValue()));
      case INTEGER, DECIMAL -> a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) == 0
          : a.equals(b);
      case DATE_TIME -> sameInstant(a, b);
      case BOOLEAN, BINARY -> a.equals(b);
    };
  }

  private static boolean sameComplex(AttributeDefinition def, JsonNode a, JsonNode b) {
    if (!a.isObject() || !b.isObject()) {
      return a.equals(b);
    }
    for (AttributeDefinition sub : def.subAttributes()) {
      if (!equivalent(sub, Json.field(a, sub.name()), Json.field(b, sub.name()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameInstant(JsonNode a, JsonNode b) {
    if (a.equals(b)) {
      return true;
    }
    Optional<java.time.OffsetDateTime> x = XsdDateTime.toOffsetDateTime(a.asText());
    Optional<java.time.OffsetDateTime> y = XsdDateTime.toOffsetDateTime(b.asText());
    return x.isPresent() && y.isPresent() && x.get().isEqual(y.get());
  }
}
