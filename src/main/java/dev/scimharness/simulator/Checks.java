package dev.scimharness.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** What the harness expects to read back after each step; each returns {@code null} when all is well. */
final class Checks {
  private Checks() {}

  static Function<Answer, String> exists(String attribute, String expected) {
    return a -> {
      if (a.status() != 200 || a.json() == null) {
        return "GET answered " + a.status();
      }
      JsonNode v = Json.field(a.json(), attribute);
      return v != null && v.asText().equalsIgnoreCase(expected) ? null
          : attribute + " is " + (v == null ? "absent" : v) + ", expected \"" + expected + "\"";
    };
  }

  static Function<Answer, String> profile(String familyName, String email) {
    return a -> {
      if (a.status() != 200 || a.json() == null) {
        return "GET answered " + a.status();
      }
      JsonNode name = Json.field(a.json(), "name");
      JsonNode family = name == null ? null : Json.field(name, "familyName");
      if (family == null || !family.asText().equals(familyName)) {
        return "name.familyName is " + (family == null ? "absent" : family) + ", expected \"" + familyName
            + "\": the update was accepted but not applied";
      }
      JsonNode emails = Json.field(a.json(), "emails");
      if (emails == null || !emails.isArray()) {
        return "emails is " + (emails == null ? "absent" : "not an array") + ", expected one with \"" + email + "\"";
      }
      for (JsonNode e : emails) {
        JsonNode v = Json.field(e, "value");
        if (v != null && v.asText().equalsIgnoreCase(email)) {
          return null;
        }
      }
      return "no email has the value \"" + email + "\": the update was accepted but not applied";
    };
  }

  static Function<Answer, String> active(boolean expected) {
    return a -> {
      if (a.status() != 200 || a.json() == null) {
        return "GET answered " + a.status();
      }
      JsonNode v = Json.field(a.json(), "active");
      if (v == null || !v.isBoolean()) {
        return "active is " + (v == null ? "absent" : v) + ", not the boolean " + expected;
      }
      return v.booleanValue() == expected ? null : "active is still " + v.booleanValue();
    };
  }

  static Function<Answer, String> gone() {
    return a -> a.status() == 404 ? null : "GET after DELETE answered " + a.status() + ", not 404";
  }

  static Function<Answer, String> members(Collection<String> present, Collection<String> absent) {
    return a -> {
      if (a.status() != 200 || a.json() == null) {
        return "GET answered " + a.status();
      }
      Set<String> ids = new HashSet<>();
      JsonNode members = Json.field(a.json(), "members");
      if (members != null && members.isArray()) {
        for (JsonNode m : members) {
          JsonNode v = Json.field(m, "value");
          if (v != null) {
            ids.add(v.asText());
          }
        }
      }
      for (String p : present) {
        if (!ids.contains(p)) {
          return "member " + p + " is missing; members are " + ids;
        }
      }
      for (String g : absent) {
        if (ids.contains(g)) {
          return "member " + g + " is still there";
        }
      }
      return null;
    };
  }
}
