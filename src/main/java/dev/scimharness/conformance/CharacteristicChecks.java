package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.endpoint.ScimResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The characteristics an advertised resource type's schema declares for its attributes (RFC 7643 §2.2, §7), checked
 * on a resource built from that schema: {@code mutability}, {@code returned} and {@code caseExact}. Each check
 * looks at every attribute of the type that carries the characteristic and that {@link SampleResource} can fill.
 */
public final class CharacteristicChecks {
  private CharacteristicChecks() {}

  private static List<DeclaredAttribute> with(AdvertisedType t, java.util.function.Predicate<DeclaredAttribute> p) {
    return t.attributes().stream().filter(p).toList();
  }

  /** readOnly values sent on create are ignored (RFC 7644 §3.3: "SHALL be ignored"; RFC 7643 §7). */
  public static void readOnlyIgnored(TypeProbe p, String token, CheckResult out) {
    for (DeclaredAttribute a : with(p.type(), a -> !a.writable() && !a.name().equalsIgnoreCase("id")
        && !a.name().equalsIgnoreCase("meta") && !a.type().equals("complex"))) {
      Optional<JsonNode> sent = SampleResource.value(a, token);
      if (sent.isEmpty()) {
        continue;
      }
      out.checked(p.type().name() + "." + a.path());
      ObjectNode body = SampleResource.of(p.type(), token);
      a.setIn(body, sent.get());
      ScimResponse r = p.create(body);
      if (r.status() != 201 && r.status() != 200) {
        out.problem(p.type().name() + ": a create sending readOnly " + a.path() + " answered " + r.status()
            + "; RFC 7644 §3.3: readOnly attributes in the request body SHALL be ignored");
        continue;
      }
      JsonNode back = a.valueIn(p.read(TypeProbe.idOf(r.json()), "").json());
      if (sent.get().equals(back)) {
        out.problem(p.type().name() + ": readOnly " + a.path() + " holds the value the client sent, " + back);
      }
    }
  }

  /**
   * An immutable value set on create is not changed by a PUT with another value (RFC 7643 §7 "SHALL NOT be
   * updated"; RFC 7644 §3.5.1); with {@code mutabilityError} the PUT must also be 400 {@code mutability}.
   */
  public static void immutableKept(TypeProbe p, String token, boolean mutabilityError, CheckResult out) {
    for (DeclaredAttribute a : with(p.type(), a -> a.mutability().equals("immutable") && SampleResource.included(a))) {
      Optional<JsonNode> other = SampleResource.otherValue(a, token);
      if (other.isEmpty()) {
        continue;
      }
      out.checked(p.type().name() + "." + a.path());
      ObjectNode body = SampleResource.of(p.type(), token + out.checked().size());
      JsonNode made = p.created(body);
      String id = TypeProbe.idOf(made);
      JsonNode before = a.valueIn(p.read(id, "attributes=" + TypeProbe.encode(a.path())).json());
      ObjectNode changed = body.deepCopy();
      a.setIn(changed, other.get());
      ScimResponse put = p.replace(id, changed);
      JsonNode after = a.valueIn(p.read(id, "attributes=" + TypeProbe.encode(a.path())).json());
      if (after != null && after.equals(other.get()) && !other.get().equals(before)) {
        out.problem(p.type().name() + ": PUT changed immutable " + a.path() + " from " + before + " to " + after
            + " (answer " + put.status() + ")");
      }
      JsonNode scimType = dev.scimharness.scim.Json.field(put.json(), "scimType");
      if (mutabilityError && (put.status() != 400 || scimType == null || !scimType.asText().equals("mutability"))) {
        out.problem(p.type().name() + ": PUT with another " + a.path() + " answered " + put.status()
            + (scimType == null ? "" : " scimType " + scimType.asText()) + ", not 400 mutability (RFC 7644 §3.5.1)");
      }
    }
  }

  /** writeOnly and returned:never values are in no answer, asked for or not (RFC 7643 §7). */
  public static void neverReturned(TypeProbe p, String token, CheckResult out) {
    for (DeclaredAttribute a : with(p.type(), a -> (a.mutability().equals("writeonly") || a.returned().equals("never"))
        && SampleResource.included(a))) {
      out.checked(p.type().name() + "." + a.path());
      ObjectNode body = SampleResource.of(p.type(), token + out.checked().size());
      ScimResponse c = p.create(body);
      JsonNode made = c.json();
      if (c.status() != 201 && c.status() != 200 || made == null) {
        throw new Blocked("could not create a " + p.type().name() + " to check " + a.path() + " on: " + c.status());
      }
      String id = TypeProbe.idOf(made);
      absent(p, a, "POST", made, out);
      absent(p, a, "GET", p.read(id, "").json(), out);
      absent(p, a, "GET ?attributes=" + a.path(), p.read(id, "attributes=" + TypeProbe.encode(a.path())).json(), out);
    }
  }

  private static void absent(TypeProbe p, DeclaredAttribute a, String how, JsonNode answer, CheckResult out) {
    JsonNode v = answer == null ? null : a.valueIn(answer);
    if (v != null) {
      out.problem(p.type().name() + ": " + a.path() + " (" + a.mutability() + ", returned " + a.returned()
          + ") is in the " + how + " answer: " + v);
    }
  }

  /** returned:request values only when the attributes parameter names them (RFC 7644 §3.4, §3.4.2.5). */
  public static void onRequestOnly(TypeProbe p, String token, CheckResult out) {
    for (DeclaredAttribute a : with(p.type(), a -> a.returned().equals("request") && SampleResource.included(a))) {
      out.checked(p.type().name() + "." + a.path());
      ObjectNode body = SampleResource.of(p.type(), token + out.checked().size());
      JsonNode made = p.created(body);
      String id = TypeProbe.idOf(made);
      absent(p, a, "POST (no attributes parameter)", made, out);
      absent(p, a, "GET", p.read(id, "").json(), out);
      JsonNode asked = a.valueIn(p.read(id, "attributes=" + TypeProbe.encode(a.path())).json());
      if (asked == null || !sameUpToCase(a, a.valueIn(body), asked)) {
        out.problem(p.type().name() + ": GET ?attributes=" + a.path() + " answered " + asked + ", not the value "
            + a.valueIn(body) + " the resource was created with");
      }
    }
  }

  /** returned:always values even when excluded, or when other attributes are asked for (RFC 7644 §3.4.2.5). */
  public static void alwaysReturned(TypeProbe p, String token, CheckResult out) {
    for (DeclaredAttribute a : with(p.type(), a -> a.returned().equals("always") && SampleResource.included(a))) {
      out.checked(p.type().name() + "." + a.path());
      JsonNode made = p.created(SampleResource.of(p.type(), token + out.checked().size()));
      String id = TypeProbe.idOf(made);
      String other = p.type().attributes().stream().filter(b -> b != a && !b.returned().equals("never"))
          .map(DeclaredAttribute::path).findFirst().orElse("id");
      for (String q : List.of("excludedAttributes=" + TypeProbe.encode(a.path()), "attributes=" + TypeProbe.encode(other))) {
        if (a.valueIn(p.read(id, q).json()) == null) {
          out.problem(p.type().name() + ": GET ?" + q + " left out " + a.path() + ", which is returned always");
        }
      }
    }
  }

  /**
   * Filters compare by the declared {@code caseExact} (RFC 7643 §7: "The server SHALL use case sensitivity when
   * evaluating filters"): the value in swapped case finds the resource exactly when the attribute is not caseExact.
   */
  public static void caseExactFilters(TypeProbe p, String token, CheckResult out) {
    List<DeclaredAttribute> strings = with(p.type(), a -> SampleResource.included(a) && a.singleString()
        && !a.returned().equals("never") && dev.scimharness.scim.Json.field(a.definition(), "canonicalValues") == null);
    if (strings.isEmpty()) {
      return;
    }
    JsonNode made = p.created(SampleResource.of(p.type(), token));
    String id = TypeProbe.idOf(made);
    for (DeclaredAttribute a : strings) {
      JsonNode stored = a.valueIn(made);
      if (stored == null || !stored.isTextual() || swap(stored.asText()).equals(stored.asText())) {
        continue;
      }
      out.checked(p.type().name() + "." + a.path() + (a.caseExact() ? " (caseExact)" : " (not caseExact)"));
      ScimResponse r = p.filterEq(a.path(), swap(stored.asText()), "");
      boolean found = ListView.ids(r.json()).contains(id);
      if (r.status() != 200 || found == a.caseExact()) {
        out.problem(p.type().name() + ": filter " + a.path() + " eq \"" + swap(stored.asText()) + "\" answered "
            + r.status() + (found ? " listing" : " without") + " the resource holding \"" + stored.asText()
            + "\", though " + a.path() + " is " + (a.caseExact() ? "" : "not ") + "caseExact");
      }
    }
  }

  static boolean sameUpToCase(DeclaredAttribute a, JsonNode sent, JsonNode back) {
    if (sent == null || back == null) {
      return false;
    }
    return a.caseExact() || !sent.isTextual() ? sent.equals(back) : sent.asText().equalsIgnoreCase(back.asText());
  }

  static String swap(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      sb.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return sb.toString().toLowerCase(Locale.ROOT).equals(s.toLowerCase(Locale.ROOT)) ? sb.toString() : s;
  }
}
