package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.endpoint.ScimResponse;
import java.util.List;
import java.util.Optional;

/**
 * What RFC 7643 §7 lets a client do with an advertised resource type's attributes ("MAY"), checked as "what the
 * schema permits works": a server is never failed for declining what the RFC leaves to it, only for answering
 * otherwise than it declared.
 */
public final class LatitudeChecks {
  private LatitudeChecks() {}

  /**
   * "readWrite The attribute MAY be updated and read at any time", "immutable The attribute MAY be defined at
   * resource creation", "writeOnly The attribute MAY be updated at any time": an immutable value is stored as
   * created, and a PUT changing every readWrite and writeOnly value succeeds and stores the readWrite ones.
   */
  public static void mutabilityPermits(TypeProbe p, String token, CheckResult out) {
    ObjectNode body = SampleResource.of(p.type(), token);
    List<DeclaredAttribute> included = p.type().attributes().stream().filter(SampleResource::included).toList();
    if (included.stream().noneMatch(a -> !a.mutability().equals("immutable"))) {
      return;
    }
    JsonNode made = p.created(body);
    String id = TypeProbe.idOf(made);
    JsonNode full = p.read(id, "").json();
    for (DeclaredAttribute a : included) {
      if (a.mutability().equals("immutable") && !a.returned().equals("never") && !a.returned().equals("request")) {
        out.checked(p.type().name() + "." + a.path() + " (immutable, on create)");
        if (!CharacteristicChecks.sameUpToCase(a, a.valueIn(body), a.valueIn(full))) {
          out.problem(p.type().name() + ": immutable " + a.path() + " was created as " + a.valueIn(body)
              + " and reads back as " + a.valueIn(full));
        }
      }
    }
    ObjectNode changed = body.deepCopy();
    for (DeclaredAttribute a : included) {
      if (a.mutability().equals("readwrite") || a.mutability().equals("writeonly")) {
        SampleResource.otherValue(a, token).ifPresent(v -> a.setIn(changed, v));
        out.checked(p.type().name() + "." + a.path() + " (" + a.mutability() + ", on replace)");
      }
    }
    ScimResponse put = p.replace(id, changed);
    if (put.status() != 200 && put.status() != 204) {
      out.problem(p.type().name() + ": a PUT changing every readWrite and writeOnly attribute answered "
          + put.status() + ": " + TypeProbe.abbreviate(put.redactedBody()));
      return;
    }
    JsonNode after = p.read(id, "attributes=" + String.join(",", included.stream()
        .filter(a -> a.mutability().equals("readwrite")).map(a -> TypeProbe.encode(a.path())).toList())).json();
    for (DeclaredAttribute a : included) {
      if (a.mutability().equals("readwrite") && !a.returned().equals("never")
          && !CharacteristicChecks.sameUpToCase(a, a.valueIn(changed), a.valueIn(after))) {
        out.problem(p.type().name() + ": readWrite " + a.path() + " was replaced by " + a.valueIn(changed)
            + " and reads back as " + a.valueIn(after));
      }
    }
  }

  /**
   * "If the attribute is case insensitive, the server MAY alter case for any value submitted", and "Case
   * sensitivity also impacts how attribute values MAY be compared against filter values": a value that is not
   * caseExact reads back equal up to case, and a filter in other case finds it.
   */
  public static void caseInsensitiveValues(TypeProbe p, String token, CheckResult out) {
    List<DeclaredAttribute> strings = p.type().attributes().stream().filter(SampleResource::included)
        .filter(DeclaredAttribute::singleString).filter(a -> !a.caseExact())
        .filter(a -> !a.returned().equals("never") && !a.returned().equals("request"))
        .filter(a -> dev.scimharness.scim.Json.field(a.definition(), "canonicalValues") == null).toList();
    if (strings.isEmpty()) {
      return;
    }
    ObjectNode body = SampleResource.of(p.type(), token);
    JsonNode made = p.created(body);
    String id = TypeProbe.idOf(made);
    JsonNode read = p.read(id, "").json();
    for (DeclaredAttribute a : strings) {
      out.checked(p.type().name() + "." + a.path());
      JsonNode sent = a.valueIn(body);
      if (!CharacteristicChecks.sameUpToCase(a, sent, a.valueIn(read))) {
        out.problem(p.type().name() + ": " + a.path() + " was sent as " + sent + " and reads back as "
            + a.valueIn(read) + ", which differs by more than case");
        continue;
      }
      String other = CharacteristicChecks.swap(sent.asText());
      ScimResponse r = p.filterEq(a.path(), other, "");
      if (r.status() != 200 || !ListView.ids(r.json()).contains(id)) {
        out.problem(p.type().name() + ": filter " + a.path() + " eq \"" + other + "\" answered " + r.status()
            + " without the resource holding " + sent);
      }
    }
  }

  /**
   * "A service provider MAY allow attributes [returned: never] to be used in a search filter": a filter on one is
   * refused (400, 403) or finds exactly the resource holding the value; an empty list would claim it holds none.
   */
  public static void neverReturnedInFilter(TypeProbe p, String token, CheckResult out) {
    for (DeclaredAttribute a : p.type().attributes()) {
      if (!a.returned().equals("never") || !SampleResource.included(a) || !a.singleString()) {
        continue;
      }
      out.checked(p.type().name() + "." + a.path());
      ObjectNode body = SampleResource.of(p.type(), token + out.checked().size());
      String id = TypeProbe.idOf(p.created(body));
      Optional<JsonNode> sent = Optional.ofNullable(a.valueIn(body));
      ScimResponse r = p.filterEq(a.path(), sent.map(JsonNode::asText).orElse(""), "");
      if (r.status() == 400 || r.status() == 403) {
        continue;
      }
      if (r.status() != 200 || !ListView.ids(r.json()).equals(List.of(id))) {
        out.problem(p.type().name() + ": filter " + a.path() + " eq <the value sent> answered " + r.status()
            + " listing " + ListView.ids(r.json()) + ": neither a refusal nor exactly " + id);
      }
    }
  }
}
