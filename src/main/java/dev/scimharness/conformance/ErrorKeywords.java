package dev.scimharness.conformance;

import java.util.List;

/**
 * The {@code scimType} keywords of RFC 7644 §3.12 Table 9. An error that gives a {@code scimType} ("A SCIM detail
 * error keyword. See Table 9. OPTIONAL.") uses one of them; RFC 9865 §2.1 adds its cursor keywords for pagination
 * errors only, so they are not counted here.
 */
public final class ErrorKeywords {
  public static final List<String> TABLE_9 = List.of("invalidFilter", "tooMany", "uniqueness", "mutability",
      "invalidSyntax", "invalidPath", "noTarget", "invalidValue", "invalidVers", "sensitive");

  private ErrorKeywords() {}

  public static boolean inTable9(String scimType) {
    return TABLE_9.contains(scimType);
  }
}
