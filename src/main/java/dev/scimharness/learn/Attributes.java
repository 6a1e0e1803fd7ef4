package dev.scimharness.learn;

import java.util.Locale;
import java.util.Map;

/**
 * Which simulator placeholder an attribute's value fills, by where it stands in a request: {@code name.familyName}
 * in a body, a PATCH path or a path-less value's key is the person's family name, whatever the IdP spells around it.
 * The placeholders are the ones docs/simulators.md lists.
 */
final class Attributes {
  private static final Map<String, String> USER = Map.ofEntries(
      Map.entry("username", "userName"),
      Map.entry("externalid", "externalId"),
      Map.entry("name.givenname", "givenName"),
      Map.entry("name.familyname", "familyName"),
      Map.entry("name.formatted", "displayName"),
      Map.entry("displayname", "displayName"),
      Map.entry("emails", "email"),
      Map.entry("emails.value", "email"),
      Map.entry("locale", "locale"),
      Map.entry("password", "password"),
      Map.entry("employeenumber", "employeeNumber"),
      Map.entry("manager", "managerId"),
      Map.entry("manager.value", "managerId"),
      Map.entry("id", "id"));
  private static final Map<String, String> GROUP = Map.of(
      "displayname", "groupName",
      "externalid", "groupExternalId",
      "members.value", "memberId",
      "members.display", "memberDisplay",
      "id", "groupId");
  private static final Map<String, String> PROBE_USER = Map.of("username", "probeUserName");
  private static final Map<String, String> PROBE_GROUP = Map.of("displayname", "probeGroupName");

  private Attributes() {}

  /** The placeholder for an attribute path in a request to {@code /Users} or {@code /Groups}; {@code null} if none. */
  static String placeholder(Scope scope, boolean group, String attributePath) {
    String a = normalise(attributePath);
    return switch (scope) {
      case PROBE -> (group ? PROBE_GROUP : PROBE_USER).get(a);
      case LIFECYCLE -> (group ? GROUP : USER).get(a);
    };
  }

  /**
   * Lower case, value filters dropped ({@code emails[type eq "work"].value} → {@code emails.value}), schema URNs
   * dropped ({@code urn:…:enterprise:2.0:User:manager} → {@code manager}).
   */
  static String normalise(String path) {
    if (path == null) {
      return "";
    }
    String s = path.toLowerCase(Locale.ROOT).replaceAll("\\[[^\\]]*]", "");
    s = s.replaceAll("urn:[a-z0-9:._-]*?:2\\.0:(user|group)[:.]?", "");
    return s.replaceAll("^\\.+|\\.+$", "");
  }

  /** Requests before the lifecycle (a connection test) and in it fill different placeholders. */
  enum Scope { PROBE, LIFECYCLE }
}
