package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.patch.OperationJson;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.SchemaRegistry;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates PATCH cases from a seed, valid and invalid: every path form of RFC 7644 §3.5.2 Figure 7 (with and
 * without the schema URN, in odd capitals), path-less add/replace, remove with and without a value filter, readOnly
 * and unknown targets, values of the wrong type, the membership shapes IdPs send, and broken envelopes. Value pools
 * are tiny so that value filters often select something. A plain seeded generator rather than jqwik: the main job
 * runs it inside the conformance run, outside any property-test engine, and a try is a pure function of
 * (seed, index), so tries can run concurrently and still replay alike.
 */
final class PatchGenerator {
  static final String ENTERPRISE = SchemaRegistry.ENTERPRISE_USER;
  private static final String CORE = SchemaRegistry.USER + ":";
  private static final List<String> WORDS = List.of("Ann", "ann", "Bo Li", "Élodie", "", "x");
  private static final List<String> MAILS = List.of("a@example.com", "A@EXAMPLE.COM", "b@example.org");
  private static final List<String> TYPES = List.of("work", "home", "other");
  private static final List<String> SIMPLE = List.of("displayName", "title", "nickName", "name.givenName",
      "name.familyName", "emails[type eq \"work\"].value", "emails[value co \"example\"].type",
      "phoneNumbers[type eq \"mobile\"].value", ENTERPRISE + ":department", ENTERPRISE + ":employeeNumber",
      CORE + "displayName", "emails[type eq \"work\" and primary eq true].value", "name.formatted");
  private static final List<String> READ_ONLY = List.of("id", "meta.created", "groups", "meta", CORE + "id");
  private static final List<String> UNKNOWN = List.of("shoeSize", "name.shoeSize", "emails[type eq \"work\"].shoe",
      "urn:ietf:params:scim:schemas:extension:nope:2.0:User:x");
  private static final List<String> MALFORMED = List.of("emails[type eq", "emails[type eq \"work\"]]", "..",
      "emails[type zz \"work\"].value", "name..givenName");

  private final SplittableRandom r;

  private PatchGenerator(SplittableRandom r) {
    this.r = r;
  }

  /** The case of try {@code index} of a run with {@code seed}: the same whatever order tries run in. */
  static PatchCase generate(long seed, int index) {
    PatchGenerator g = new PatchGenerator(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index));
    return g.r.nextInt(3) == 0 ? g.group() : g.user();
  }

  private PatchCase user() {
    ObjectNode u = Json.object();
    if (chance(2)) {
      u.putObject("name").put("givenName", word()).put("familyName", word());
    }
    if (chance(2)) {
      u.put("displayName", word());
    }
    if (chance(3)) {
      u.put("title", word());
    }
    if (chance(3)) {
      u.put("active", r.nextBoolean());
    }
    if (chance(2)) {
      u.set("emails", emails());
    } else if (chance(2)) {
      u.putArray("emails").add(email("work", true)).add(email(pick(TYPES), false));
    }
    if (chance(4)) {
      u.putArray("phoneNumbers").addObject().put("type", "mobile").put("value", "+1 555 0100");
    }
    if (chance(4)) {
      u.putObject(ENTERPRISE).put("department", word());
    }
    ArrayNode ops = Json.NODES.arrayNode();
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      ops.add(userOperation());
    }
    return new PatchCase("Users", u, envelope(ops));
  }

  private PatchCase group() {
    ObjectNode g = Json.object();
    ArrayNode members = g.putArray("members");
    for (String m : FuzzTarget.MEMBERS) {
      if (chance(2)) {
        members.addObject().put("value", m);
      }
    }
    if (members.isEmpty()) {
      g.remove("members");
    }
    ArrayNode ops = Json.NODES.arrayNode();
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      ops.add(groupOperation());
    }
    return new PatchCase("Groups", g, envelope(ops));
  }

  private ObjectNode userOperation() {
    int kind = r.nextInt(20);
    if (kind < 7) {
      String path = cased(pick(SIMPLE));
      return op(pick(List.of("add", "replace")), path, path.toLowerCase(Locale.ROOT).contains("active")
          ? Json.NODES.booleanNode(r.nextBoolean()) : wrongTypeOr(Json.NODES.textNode(word())));
    }
    if (kind < 8) {
      return op(pick(List.of("add", "replace")), cased("emails"), emails());
    }
    if (kind < 9) {
      // A value filter that selects some values and not others (RFC 7644 §3.5.2.3: replace only those).
      return op("replace", cased(pick(List.of("emails[type eq \"work\"].value", "emails[primary eq true].type",
          "emails[type ne \"work\"]"))), pick(List.of(Json.NODES.textNode(pick(MAILS)),
          (JsonNode) email("other", false))));
    }
    if (kind < 10) {
      return op("replace", cased("active"), chance(5) ? Json.NODES.textNode("yes") : Json.NODES.booleanNode(r.nextBoolean()));
    }
    if (kind < 12) {
      return op(pick(List.of("add", "replace")), null, pathless());
    }
    if (kind < 15) {
      String path = cased(pick(chance(2) ? SIMPLE : List.of("emails", "emails[type eq \"work\"]", "phoneNumbers",
          "emails[value ew \".org\"]", "name", "title", "emails[primary eq true]", "nickName")));
      return chance(10) ? op("remove", path, Json.NODES.textNode("x")) : op("remove", path, null);
    }
    if (kind < 17) {
      return op(pick(List.of("add", "replace", "remove")), pick(READ_ONLY), Json.NODES.textNode("x"));
    }
    if (kind < 18) {
      return op(pick(List.of("add", "replace", "remove")), pick(UNKNOWN), Json.NODES.textNode(word()));
    }
    if (kind < 19) {
      return op(pick(List.of("add", "replace", "remove")), pick(MALFORMED), Json.NODES.textNode(word()));
    }
    return op(pick(List.of("Replace", "ADD", "move", "remove")), chance(2) ? null : "title",
        chance(2) ? null : Json.NODES.textNode(word()));
  }

  private ObjectNode groupOperation() {
    String m = pick(FuzzTarget.MEMBERS);
    return switch (r.nextInt(8)) {
      case 0, 1 -> op(pick(List.of("add", "Add")), "members", memberList());
      case 2, 3 -> op(pick(List.of("remove", "Remove")), cased("members[value eq \"" + m + "\"]"), null);
      case 4 -> op("replace", "members", memberList());
      case 5 -> op("remove", "members", chance(2) ? memberList() : null);
      case 6 -> op("replace", cased("displayName"), Json.NODES.textNode(FuzzTarget.PREFIX + "-g" + r.nextInt(1_000_000)));
      default -> op(pick(List.of("add", "replace")), pick(List.of("id", "members.value", "members[value eq",
          "meta.created")), Json.NODES.textNode(m));
    };
  }

  private ArrayNode memberList() {
    ArrayNode a = Json.NODES.arrayNode();
    int n = 1 + r.nextInt(2);
    for (int i = 0; i < n; i++) {
      a.addObject().put("value", pick(FuzzTarget.MEMBERS));
    }
    return a;
  }

  private ObjectNode pathless() {
    ObjectNode v = Json.object();
    if (chance(2)) {
      v.put(cased("displayName"), word());
    }
    if (chance(3)) {
      v.put(chance(2) ? "title" : CORE + "title", word());
    }
    if (chance(3)) {
      v.putObject("name").put("givenName", word());
    }
    if (chance(4)) {
      v.set("emails", emails());
    }
    if (chance(4)) {
      v.putObject(ENTERPRISE).put("department", word());
    }
    if (chance(6)) {
      v.put("id", FuzzTarget.SELF);
    }
    if (chance(8)) {
      v.put("active", "yes");
    }
    if (v.isEmpty()) {
      v.put("nickName", word());
    }
    return v;
  }

  private ArrayNode emails() {
    ArrayNode a = Json.NODES.arrayNode();
    int n = 1 + r.nextInt(2);
    for (int i = 0; i < n; i++) {
      ObjectNode e = a.addObject().put("value", pick(MAILS)).put("type", pick(TYPES));
      if (i == 0 && chance(2)) {
        e.put("primary", true);
      }
    }
    return a;
  }

  private ObjectNode email(String type, boolean primary) {
    ObjectNode e = Json.object().put("value", pick(MAILS)).put("type", type);
    return primary ? e.put("primary", true) : e;
  }

  private JsonNode wrongTypeOr(JsonNode value) {
    return switch (r.nextInt(12)) {
      case 0 -> Json.NODES.numberNode(5);
      case 1 -> Json.object().put("value", "x");
      default -> value;
    };
  }

  /** Mostly well-formed; now and then without schemas, with another schema, without operations, or not JSON. */
  private String envelope(ArrayNode ops) {
    ObjectNode body = Json.object();
    body.putArray("schemas").add("urn:ietf:params:scim:api:messages:2.0:PatchOp");
    body.set("Operations", ops);
    return switch (r.nextInt(30)) {
      case 0 -> {
        body.remove("schemas");
        yield Json.write(body);
      }
      case 1 -> {
        body.putArray("schemas").add(SchemaRegistry.USER);
        yield Json.write(body);
      }
      case 2 -> {
        body.putArray("Operations");
        yield Json.write(body);
      }
      case 3 -> Json.write(ops);
      case 4 -> {
        String text = Json.write(body);
        yield text.substring(0, text.length() / 2);
      }
      default -> Json.write(body);
    };
  }

  private static ObjectNode op(String op, String path, JsonNode value) {
    return OperationJson.of(op, path, value);
  }

  /** Attribute names are case-insensitive (RFC 7643 §2.1); now and then the path comes in capitals. */
  private String cased(String path) {
    if (!chance(6) || path.contains("{{")) {
      return path;
    }
    int bracket = path.indexOf('"');
    String head = bracket < 0 ? path : path.substring(0, bracket);
    String tail = bracket < 0 ? "" : path.substring(bracket);
    return (chance(2) ? head.toUpperCase(Locale.ROOT) : Character.toUpperCase(head.charAt(0)) + head.substring(1))
        .replace("URN:IETF:PARAMS:SCIM:SCHEMAS:", "urn:ietf:params:scim:schemas:") + tail;
  }

  private String word() {
    return pick(WORDS);
  }

  private <T> T pick(List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  private boolean chance(int oneIn) {
    return r.nextInt(oneIn) == 0;
  }
}
