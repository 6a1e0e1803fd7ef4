package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What RFC 7643 §4.1 says of a User's name, displayName and groups, read off a representation. */
public final class UserAttributeChecks {
  private UserAttributeChecks() {}

  /**
   * RFC 7643 §4.1.1 "name": the provider MAY return the formatted name, the components, or both; whichever it
   * returns are the ones the client sent.
   */
  public static List<String> nameForms(JsonNode user, String formatted, String given, String family) {
    JsonNode name = Json.field(user, "name");
    if (name == null || !name.isObject()) {
      return List.of("no name: neither the formatted name nor its components came back");
    }
    List<String> problems = new ArrayList<>();
    String f = text(name, "formatted");
    String g = text(name, "givenName");
    String fam = text(name, "familyName");
    if (f == null && g == null && fam == null) {
      problems.add("name holds neither formatted nor givenName nor familyName: " + name);
    }
    if (f != null && !f.equals(formatted)) {
      problems.add("name.formatted is \"" + f + "\", not \"" + formatted + "\" as sent");
    }
    if (g != null && !g.equals(given) || fam != null && !fam.equals(family)) {
      problems.add("the name components are " + g + " / " + fam + ", not " + given + " / " + family + " as sent");
    }
    return problems;
  }

  /** RFC 7643 §4.1.1: "If both variants are returned, they SHOULD be describing the same name". */
  public static List<String> nameConsistent(JsonNode user) {
    JsonNode name = Json.field(user, "name");
    String f = text(name, "formatted");
    List<String> problems = new ArrayList<>();
    for (String part : List.of("givenName", "familyName")) {
      String v = text(name, part);
      if (f != null && v != null && !f.toLowerCase(Locale.ROOT).contains(v.toLowerCase(Locale.ROOT))) {
        problems.add("name.formatted \"" + f + "\" does not hold name." + part + " \"" + v + "\"");
      }
    }
    return problems;
  }

  /** RFC 7643 §4.1.1: "Each user returned MAY include a non-empty displayName value". */
  public static List<String> displayName(JsonNode user) {
    JsonNode d = Json.field(user, "displayName");
    return d == null || d.isNull() || d.isTextual() && !d.asText().isBlank() ? List.of()
        : List.of("displayName is returned empty or as no text: " + d);
  }

  /**
   * RFC 7643 §4.1.2 "groups": "the "value" sub-attribute MUST be the "id", and the "$ref" sub-attribute must be the
   * URI of the corresponding "Group" resources": the entry for the group, and its $ref naming /Groups/{id}.
   */
  public static List<String> groupReference(JsonNode user, String groupId, URI requestUri) {
    JsonNode groups = Json.field(user, "groups");
    JsonNode entry = null;
    if (groups != null && groups.isArray()) {
      for (JsonNode g : groups) {
        if (groupId.equals(text(g, "value"))) {
          entry = g;
        }
      }
    }
    if (entry == null) {
      return List.of("groups has no entry whose value is the group's id " + groupId + ": " + groups);
    }
    String ref = text(entry, "$ref");
    if (ref == null) {
      return List.of("the groups entry of " + groupId + " has no $ref");
    }
    try {
      URI resolved = dev.scimharness.endpoint.References.resolve(requestUri, ref);
      String path = resolved.getPath() == null ? "" : resolved.getPath();
      return path.endsWith("/Groups/" + groupId) ? List.of()
          : List.of("groups $ref " + ref + " is not the URI of /Groups/" + groupId);
    } catch (IllegalArgumentException e) {
      return List.of("groups $ref " + ref + " is not a URI");
    }
  }

  /**
   * RFC 7643 §4.1.2: "The "display" sub-attribute MAY be used to return the canonicalized representation" of an
   * email, phone number or instant messaging address: a display the server gives names the same value, up to case
   * and whitespace (emails, ims) or punctuation (phone numbers, whose digits stay).
   */
  public static List<String> displays(JsonNode user) {
    List<String> problems = new ArrayList<>();
    for (String attribute : List.of("emails", "phoneNumbers", "ims")) {
      JsonNode values = Json.field(user, attribute);
      if (values == null || !values.isArray()) {
        continue;
      }
      for (JsonNode v : values) {
        String value = text(v, "value");
        String display = text(v, "display");
        if (value == null || display == null) {
          continue;
        }
        boolean same = attribute.equals("phoneNumbers") ? digits(display).endsWith(digits(value))
            || digits(value).endsWith(digits(display)) : squeeze(display).equals(squeeze(value));
        if (!same) {
          problems.add(attribute + " value \"" + value + "\" has display \"" + display + "\", another value");
        }
      }
    }
    return problems;
  }

  private static String digits(String s) {
    return s.replaceAll("[^0-9]", "");
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
  }

  private static String text(JsonNode o, String name) {
    JsonNode v = Json.field(o, name);
    return v == null || !v.isValueNode() || v.isNull() ? null : v.asText();
  }
}
