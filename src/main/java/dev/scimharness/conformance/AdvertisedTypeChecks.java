package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.scim.Json;
import java.util.List;
import java.util.Optional;

/**
 * Generic checks of a resource type the target advertises beyond User and Group, built from its schemas alone:
 * the lifecycle (RFC 7644 §3.3, §3.4.1, §3.4.2, §3.6), a filter on its key attribute, its required extensions
 * (RFC 7643 §6) and {@code uniqueness} (RFC 7643 §7). Characteristics of single attributes are in
 * {@link CharacteristicChecks}.
 */
public final class AdvertisedTypeChecks {
  private AdvertisedTypeChecks() {}

  /** POST answers 201 with its {@code meta.resourceType} and core schema; GET, a list and DELETE then agree. */
  public static void lifecycle(TypeProbe p, String token, CheckResult out) {
    AdvertisedType t = p.type();
    out.checked(t.name());
    ScimResponse c = p.create(SampleResource.of(t, token));
    if (c.status() != 201 || c.json() == null || TypeProbe.idOf(c.json()).isEmpty()) {
      out.problem(t.name() + ": POST " + t.endpoint() + " with a resource built from its schemas answered "
          + c.status() + ", not 201 with an id (RFC 7644 §3.3): " + TypeProbe.abbreviate(c.redactedBody()));
      return;
    }
    String id = TypeProbe.idOf(c.json());
    representation(t, "POST", c.json(), out);
    ScimResponse read = p.read(id, "");
    if (read.status() != 200 || !id.equals(TypeProbe.idOf(read.json()))) {
      out.problem(t.name() + ": GET " + t.address(id) + " answered " + read.status() + " without the resource");
    } else {
      representation(t, "GET", read.json(), out);
    }
    ScimResponse list = p.send().apply(dev.scimharness.endpoint.Request.of("GET", t.endpoint() + "?count=1"));
    JsonNode total = Json.field(list.json(), "totalResults");
    if (list.status() != 200 || total == null || total.asLong(0) < 1) {
      out.problem(t.name() + ": GET " + t.endpoint() + "?count=1 answered " + list.status()
          + " without totalResults of at least the one just created (RFC 7644 §3.4.2)");
    }
    ScimResponse del = p.delete(id);
    if (del.status() != 204 && del.status() != 200) {
      out.problem(t.name() + ": DELETE " + t.address(id) + " answered " + del.status() + " (RFC 7644 §3.6: 204)");
    } else if (p.read(id, "").status() != 404) {
      out.problem(t.name() + ": " + t.address(id) + " is still served after its DELETE (RFC 7644 §3.6: 404)");
    }
  }

  private static void representation(AdvertisedType t, String how, JsonNode r, CheckResult out) {
    JsonNode type = Json.field(Json.field(r, "meta"), "resourceType");
    if (type == null || !t.name().equals(type.asText())) {
      out.problem(t.name() + ": the " + how + " answer has meta.resourceType " + type + ", not the resource type's"
          + " name \"" + t.name() + "\" (RFC 7643 §6)");
    }
    if (!Expect.containsText(Json.field(r, "schemas"), t.schemaUrn())) {
      out.problem(t.name() + ": the " + how + " answer's schemas do not hold " + t.schemaUrn() + " (RFC 7643 §3)");
    }
  }

  /** The attribute a filter finds a sample by: a unique, else a required, single string that is returned. */
  public static Optional<DeclaredAttribute> key(AdvertisedType t) {
    List<DeclaredAttribute> candidates = t.attributes().stream().filter(SampleResource::included)
        .filter(DeclaredAttribute::singleString).filter(a -> !a.returned().equals("never"))
        .filter(a -> Json.field(a.definition(), "canonicalValues") == null).toList();
    return candidates.stream().filter(a -> !a.uniqueness().equals("none")).findFirst()
        .or(() -> candidates.stream().filter(DeclaredAttribute::required).findFirst());
  }

  /** {@code key eq "value"} lists exactly the resource holding the value (RFC 7644 §3.4.2.2). */
  public static void filter(TypeProbe p, String token, CheckResult out) {
    Optional<DeclaredAttribute> key = key(p.type());
    if (key.isEmpty()) {
      return;
    }
    JsonNode made = p.created(SampleResource.of(p.type(), token));
    String id = TypeProbe.idOf(made);
    JsonNode stored = key.get().valueIn(made);
    String value = stored != null ? stored.asText() : SampleResource.value(key.get(), token).orElseThrow().asText();
    out.checked(p.type().name() + "." + key.get().path());
    ScimResponse r = p.filterEq(key.get().path(), value, "");
    List<String> ids = ListView.ids(r.json());
    if (r.status() != 200 || !ids.equals(List.of(id))) {
      out.problem(p.type().name() + ": filter " + key.get().path() + " eq \"" + value + "\" answered " + r.status()
          + " listing " + ids + ", not exactly " + id);
    }
  }

  /** A required extension (RFC 7643 §6) is part of every resource, and a resource without it is refused. */
  public static void requiredExtensions(TypeProbe p, String token, CheckResult out) {
    AdvertisedType t = p.type();
    for (var e : t.extensions().entrySet()) {
      if (!e.getValue() || !t.extensionSchemas().containsKey(e.getKey())) {
        continue;
      }
      String urn = e.getKey();
      out.checked(t.name() + " " + urn);
      JsonNode made = p.created(SampleResource.of(t, token));
      if (!Expect.containsText(Json.field(made, "schemas"), urn)) {
        out.problem(t.name() + ": a created resource's schemas do not hold its required extension " + urn);
      }
      ObjectNode without = SampleResource.of(t, token + "w");
      without.remove(urn);
      ((com.fasterxml.jackson.databind.node.ArrayNode) without.get("schemas")).removeIf(s -> s.asText().equals(urn));
      ScimResponse r = p.create(without);
      if (r.status() >= 200 && r.status() < 300) {
        out.problem(t.name() + ": a resource without the required extension " + urn + " was accepted ("
            + r.status() + "); RFC 7643 §6: \"a resource of this type MUST include this schema extension\"");
      }
    }
  }

  /**
   * A second resource taking a {@code uniqueness: server} (or {@code global}) value of the first is refused with one
   * of {@code statuses}; with {@code scimType} non-null the error must carry it. {@code listOne} also asks the
   * endpoint afterwards whether exactly one resource holds the value (RFC 7643 §7: "No two resources on the same
   * server SHOULD possess the same value").
   */
  public static void uniqueness(TypeProbe p, String token, List<Integer> statuses, String scimType, boolean listOne,
      CheckResult out) {
    AdvertisedType t = p.type();
    for (DeclaredAttribute a : t.attributes()) {
      if (a.uniqueness().equals("none") || !SampleResource.included(a) || !a.singleString()) {
        continue;
      }
      out.checked(t.name() + "." + a.path());
      String firstToken = token + "a" + out.checked().size();
      JsonNode first = p.created(SampleResource.of(t, firstToken));
      JsonNode taken = a.valueIn(first) != null ? a.valueIn(first) : a.valueIn(SampleResource.of(t, firstToken));
      ObjectNode second = SampleResource.of(t, token + "b" + out.checked().size());
      a.setIn(second, taken);
      ScimResponse r = p.create(second);
      JsonNode type = Json.field(r.json(), "scimType");
      if (!statuses.contains(r.status()) || (scimType != null && (type == null || !scimType.equals(type.asText())))) {
        out.problem(t.name() + ": a second resource with " + a.path() + " \"" + taken.asText() + "\" answered "
            + r.status() + (type == null ? "" : " scimType " + type.asText()) + ", not " + statuses
            + (scimType == null ? "" : " with scimType " + scimType) + " (uniqueness " + a.uniqueness() + ")");
      }
      if (listOne) {
        List<String> ids = ListView.ids(p.filterEq(a.path(), taken.asText(), "").json());
        if (ids.size() != 1) {
          out.problem(t.name() + ": after the second create, filter " + a.path() + " eq \"" + taken.asText()
              + "\" lists " + ids + ", not exactly one resource");
        }
      }
    }
  }
}
