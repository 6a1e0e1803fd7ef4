package dev.scimharness.sigma.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.sigma.Member;
import dev.scimharness.sigma.MemberPatch;
import dev.scimharness.sigma.MemberState;
import dev.scimharness.sigma.Refusal;
import dev.scimharness.sigma.Team;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The REST API's JSON, in the field names of Sigma's {@code /v2} API ({@code memberId}, {@code memberType},
 * {@code isArchived}, …). {@code isGuest}, {@code createdBeforeScim}, {@code managedByIdp} and {@code documents} are
 * the model's additions, so a test can see what the guide talks about.
 */
final class ApiJson {
  private ApiJson() {}

  static ObjectNode member(Member m) {
    ObjectNode o = Json.object();
    o.put("memberId", m.id());
    o.put("email", m.email());
    o.put("userName", m.userName());
    o.put("firstName", m.givenName());
    o.put("lastName", m.familyName());
    o.put("memberType", m.accountType().name());
    o.put("isArchived", m.state() == MemberState.ARCHIVED);
    o.put("isInactive", m.state() == MemberState.INACTIVE);
    o.put("isGuest", m.guest());
    o.put("createdBeforeScim", m.createdBeforeScim());
    o.put("managedByIdp", m.managedByIdp());
    ArrayNode docs = o.putArray("documents");
    m.documents().forEach(docs::add);
    return o;
  }

  static ObjectNode team(Team t) {
    ObjectNode o = Json.object();
    o.put("teamId", t.id());
    o.put("name", t.name());
    ArrayNode members = o.putArray("members");
    t.members().forEach(members::add);
    o.put("createdBeforeScim", t.createdBeforeScim());
    o.put("managedByIdp", t.managedByIdp());
    return o;
  }

  static <T> ObjectNode list(Collection<T> items, java.util.function.Function<T, ObjectNode> each) {
    ObjectNode o = Json.object();
    ArrayNode entries = o.putArray("entries");
    items.forEach(i -> entries.add(each.apply(i)));
    o.put("total", items.size());
    return o;
  }

  static ObjectNode error(int status, String message) {
    ObjectNode o = Json.object();
    o.put("status", status);
    o.put("message", message);
    return o;
  }

  static JsonNode body(String text) {
    try {
      JsonNode n = Json.parse(text);
      if (!n.isObject()) {
        throw new Refusal(Refusal.Kind.INVALID, "The request body must be a JSON object.");
      }
      return n;
    } catch (dev.scimharness.scim.ScimException e) {
      throw new Refusal(Refusal.Kind.INVALID, e.detail());
    }
  }

  static MemberPatch memberPatch(JsonNode b) {
    return new MemberPatch(text(b, "memberType"), bool(b, "isArchived"), bool(b, "isInactive"),
        text(b, "firstName"), text(b, "lastName"), text(b, "email"));
  }

  static String text(JsonNode b, String field) {
    JsonNode v = b.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new Refusal(Refusal.Kind.INVALID, "'" + field + "' must be a string.");
    }
    return v.asText();
  }

  static List<String> ids(JsonNode b, String field) {
    JsonNode v = b.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new Refusal(Refusal.Kind.INVALID, "'" + field + "' must be an array of member ids.");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode id : v) {
      if (!id.isTextual()) {
        throw new Refusal(Refusal.Kind.INVALID, "'" + field + "' must be an array of member ids.");
      }
      out.add(id.asText());
    }
    return out;
  }

  private static Boolean bool(JsonNode b, String field) {
    JsonNode v = b.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isBoolean()) {
      throw new Refusal(Refusal.Kind.INVALID, "'" + field + "' must be true or false.");
    }
    return v.booleanValue();
  }
}
