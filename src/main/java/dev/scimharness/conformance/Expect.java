package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.scim.MessageUrns;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The assertions of the suite on SCIM responses. Each failure says what the RFC expects and what the target
 * answered, in one line, followed by the request line; the full exchange is attached to the report apart.
 */
public final class Expect {
  public static final String SCIM_MEDIA_TYPE = "application/scim+json";

  private Expect() {}

  public static void status(ScimResponse r, int expected) {
    if (r.status() != expected) {
      throw fail(r, "status " + expected, "status " + describeStatus(r));
    }
  }

  public static void statusIn(ScimResponse r, Set<Integer> expected) {
    if (!expected.contains(r.status())) {
      String list = expected.stream().sorted().map(String::valueOf).collect(Collectors.joining(" or "));
      throw fail(r, "status " + list, "status " + describeStatus(r));
    }
  }

  public static void success(ScimResponse r) {
    if (r.status() < 200 || r.status() > 299) {
      throw fail(r, "a 2xx status", "status " + describeStatus(r));
    }
  }

  /**
   * RFC 7644 §3.12: the body holds the Error schema, {@code status} as a JSON string equal to the HTTP status,
   * and {@code scimType} when one applies.
   */
  public static void scimError(ScimResponse r, int status, String scimType) {
    scimErrorOneOf(r, status, scimType == null ? null : Set.of(scimType));
  }

  /** As {@link #scimError(ScimResponse, int, String)}, where RFC 7644 §3.12 Table 9 allows more than one scimType. */
  public static void scimErrorOneOf(ScimResponse r, int status, Set<String> scimTypes) {
    status(r, status);
    JsonNode body = r.json();
    if (body == null || !body.isObject()) {
      throw fail(r, "a SCIM error body (RFC 7644 §3.12)", "no JSON object in the body");
    }
    if (!containsText(body.get("schemas"), MessageUrns.ERROR)) {
      throw fail(r, "\"schemas\" holding " + MessageUrns.ERROR, "schemas " + body.get("schemas"));
    }
    JsonNode s = body.get("status");
    if (s == null || !s.isTextual() || !s.asText().equals(String.valueOf(status))) {
      throw fail(r, "\"status\": \"" + status + "\" as a JSON string", "status " + s);
    }
    if (scimTypes != null) {
      JsonNode t = body.get("scimType");
      if (t == null || !scimTypes.contains(t.asText())) {
        String wanted = scimTypes.stream().sorted().map(x -> "\"" + x + "\"").collect(Collectors.joining(" or "));
        throw fail(r, "\"scimType\": " + wanted, "scimType " + t);
      }
    }
  }

  /** RFC 7644 §3.4.2: a ListResponse with an integer totalResults and, when it is not zero, a Resources array. */
  public static void listResponse(ScimResponse r) {
    status(r, 200);
    JsonNode body = r.json();
    if (body == null || !containsText(body.get("schemas"), MessageUrns.LIST_RESPONSE)) {
      throw fail(r, "a ListResponse with \"schemas\" holding " + MessageUrns.LIST_RESPONSE,
          body == null ? "no JSON body" : "schemas " + body.get("schemas"));
    }
    JsonNode total = body.get("totalResults");
    if (total == null || !total.isIntegralNumber() || total.asLong() < 0) {
      throw fail(r, "an integer \"totalResults\"", "totalResults " + total);
    }
    JsonNode resources = body.get("Resources");
    if (resources != null && !resources.isArray()) {
      throw fail(r, "\"Resources\" as an array", "Resources " + resources.getNodeType());
    }
    int listed = resources == null ? 0 : resources.size();
    if (total.asLong() > 0 && resources == null) {
      JsonNode perPage = body.get("itemsPerPage");
      if (perPage == null || perPage.asInt() != 0) {
        throw fail(r, "a \"Resources\" array when totalResults is " + total, "no Resources");
      }
    }
    if (listed > total.asLong()) {
      throw fail(r, "no more Resources than totalResults (" + total + ")", listed + " Resources");
    }
  }

  public static void contentTypeScim(ScimResponse r) {
    String ct = r.header("Content-Type").orElse("");
    if (!ct.toLowerCase(Locale.ROOT).startsWith(SCIM_MEDIA_TYPE)) {
      throw fail(r, "Content-Type " + SCIM_MEDIA_TYPE, ct.isEmpty() ? "no Content-Type" : "Content-Type " + ct);
    }
  }

  /** Compares the value at {@code path} with {@link Expected} text ({@code <absent>}, {@code <present>}, …). */
  public static void value(ScimResponse r, JsonNode body, String path, String expected) {
    List<JsonNode> found = BodyPath.select(body, path);
    String problem = Expected.parse(expected).mismatch(found);
    if (problem != null) {
      throw fail(r, "\"" + path + "\" " + Expected.parse(expected).describe(), problem);
    }
  }

  public static ConformanceFailure fail(ScimResponse r, String expected, String actual) {
    if (r == null) {
      return new ConformanceFailure("expected " + expected + ", but got " + actual);
    }
    // What the target answered may carry a secret it echoed; the message goes into reports.
    String line = "\n  at " + r.exchange().method() + " " + r.exchange().uri() + " -> " + describeStatus(r);
    return new ConformanceFailure(r.redact("expected " + expected + ", but got " + actual) + line);
  }

  public static boolean containsText(JsonNode array, String text) {
    if (array == null || !array.isArray()) {
      return false;
    }
    for (JsonNode n : array) {
      if (n.asText().equalsIgnoreCase(text)) {
        return true;
      }
    }
    return false;
  }

  private static String describeStatus(ScimResponse r) {
    return r.exchange().error() != null ? "no response (" + r.exchange().error() + ")" : String.valueOf(r.status());
  }

  /** The ids a walk over pages saw are {@code want}, each exactly once (RFC 7644 §3.4.2.4). */
  public static void eachOnce(ScimResponse last, String what, List<String> want, List<String> seen) {
    if (seen.size() != want.size() || !new java.util.HashSet<>(seen).equals(new java.util.HashSet<>(want))) {
      throw fail(last, "every one of [" + what + "] " + want + " exactly once", "the ids " + seen);
    }
  }
}
