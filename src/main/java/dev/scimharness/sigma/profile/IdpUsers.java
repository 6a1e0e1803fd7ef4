package dev.scimharness.sigma.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import dev.scimharness.sigma.IdpUser;

/** Reads what Sigma needs out of a SCIM User (attribute names case-insensitive, RFC 7643 §2.1). */
final class IdpUsers {
  private IdpUsers() {}

  static IdpUser from(JsonNode user) {
    JsonNode name = Json.field(user, "name");
    return new IdpUser(text(Json.field(user, "userName")), email(Json.field(user, "emails")),
        text(Json.field(name, "givenName")), text(Json.field(name, "familyName")),
        text(Json.field(user, "userType")), active(Json.field(user, "active")));
  }

  /** The primary email, else the work one, else the first; {@code null} when there is none. */
  private static String email(JsonNode emails) {
    if (emails == null || !emails.isArray() || emails.isEmpty()) {
      return null;
    }
    for (JsonNode e : emails) {
      JsonNode primary = Json.field(e, "primary");
      if (primary != null && (primary.asBoolean(false) || "true".equalsIgnoreCase(primary.asText()))) {
        return text(Json.field(e, "value"));
      }
    }
    for (JsonNode e : emails) {
      if ("work".equalsIgnoreCase(text(Json.field(e, "type")))) {
        return text(Json.field(e, "value"));
      }
    }
    return text(Json.field(emails.get(0), "value"));
  }

  // A lenient server may have stored Entra's "False"; anything but false means active, as RFC 7643 defaults it.
  private static boolean active(JsonNode a) {
    if (a == null || a.isNull()) {
      return true;
    }
    return a.isBoolean() ? a.booleanValue() : !"false".equalsIgnoreCase(a.asText().strip());
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() || !n.isValueNode() ? null : n.asText();
  }
}
