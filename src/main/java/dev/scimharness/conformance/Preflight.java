package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.endpoint.Exchange;
import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.ScimClient;
import dev.scimharness.endpoint.ScimResponse;
import java.util.Locale;
import java.util.Optional;

/**
 * Before any scenario, once per run: is the target reachable, does it answer SCIM JSON, is the token accepted?
 * It asks {@code /ServiceProviderConfig} (RFC 7644 §4) and {@code /Users?count=1} (§3.4.2), one of which must be
 * SCIM JSON, with the preflight client's short timeouts. The answer is one line naming the cause, or nothing when the target
 * is usable.
 */
public final class Preflight {
  private static final int BODY_START = 80;

  private Preflight() {}

  /**
   * Why the target cannot be tested, or empty when it can. Discovery may be open to anyone (RFC 7644 §4), so the
   * token is tried on {@code /Users}, which is not.
   */
  public static Optional<String> check(ScimClient client) {
    // OAuth 2.0 client credentials: the token is fetched here, before the run, so a refused client is named as such.
    Optional<String> noToken = client.credentialsProblem();
    if (noToken.isPresent()) {
      return Optional.of("no access token: " + noToken.get());
    }
    ScimResponse spc = client.send(Request.of("GET", "/ServiceProviderConfig"));
    Optional<String> broken = transport(spc.exchange()).or(() -> refused(spc));
    if (broken.isPresent()) {
      return broken;
    }
    ScimResponse users = client.send(Request.of("GET", "/Users?count=1"));
    broken = transport(users.exchange()).or(() -> refused(users));
    if (broken.isPresent()) {
      return broken;
    }
    if (isScimJson(spc) || isScimJson(users)) {
      return Optional.empty();
    }
    return Optional.of(notScim(spc) + "; GET /Users?count=1 neither (" + users.status() + " with "
        + users.header("Content-Type").orElse("no Content-Type") + ")");
  }

  private static Optional<String> transport(Exchange e) {
    if (e.answered()) {
      return Optional.empty();
    }
    String error = e.error() == null ? "" : e.error();
    String lower = error.toLowerCase(Locale.ROOT);
    String cause;
    if (lower.contains("unresolvedaddress") || lower.contains("unknownhost")) {
      cause = "unreachable: the host name does not resolve (DNS)";
    } else if (lower.contains("connectexception") || lower.contains("connection refused")) {
      cause = "unreachable: connection refused";
    } else if (lower.contains("connecttimeout")) {
      cause = "unreachable: no connection within the preflight's connect timeout";
    } else if (lower.contains("ssl") || lower.contains("certificate") || lower.contains("handshake")) {
      cause = "TLS failed";
    } else if (lower.contains("timed out")) {
      cause = "no answer: the target accepted the connection but did not answer in time";
    } else if (lower.contains("reset") || lower.contains("closed") || lower.contains("eof")
        || lower.contains("received no bytes")) {
      cause = "unreachable: the connection was reset or closed without an answer";
    } else {
      cause = "unreachable";
    }
    return Optional.of(cause + " (GET " + e.uri() + ": " + error + ")");
  }

  private static Optional<String> refused(ScimResponse r) {
    int s = r.status();
    String where = "GET " + r.exchange().uri();
    if (s == 401 || s == 403) {
      return Optional.of("the token was refused: " + where + " answered " + s
          + " (check scim.token / scim.headers)");
    }
    if (s >= 500) {
      return Optional.of("server error: " + where + " answered " + s + bodyStart(r));
    }
    return Optional.empty();
  }

  private static boolean isScimJson(ScimResponse r) {
    String ct = r.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    JsonNode json = r.json();
    // RFC 7644 §3.1 names application/scim+json; application/json is accepted from clients and often answered.
    boolean jsonType = ct.startsWith(ScimClient.SCIM_JSON) || ct.startsWith("application/json");
    return r.status() == 200 && jsonType && json != null && json.isObject() && json.has("schemas");
  }

  private static String notScim(ScimResponse r) {
    return "not SCIM: GET " + r.exchange().uri() + " answered " + answer(r);
  }

  private static String answer(ScimResponse r) {
    String ct = r.header("Content-Type").orElse("no Content-Type");
    return r.status() + " with " + ct + bodyStart(r)
        + r.notJson().map(why -> " (not JSON: " + why + ")").orElse("");
  }

  private static String bodyStart(ScimResponse r) {
    String body = r.redactedBody().replaceAll("\\s+", " ").trim();
    if (body.isEmpty()) {
      return ", empty body";
    }
    return ", body starts '" + (body.length() > BODY_START ? body.substring(0, BODY_START) + "…" : body) + "'";
  }
}
