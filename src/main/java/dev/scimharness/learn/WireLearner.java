package dev.scimharness.learn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Learns how requests look on the wire: the client's own headers, its content type, how it encodes a space. */
final class WireLearner {
  /** Set by the HTTP stack for every client, not chosen by an IdP; the content type is learned on its own. */
  private static final Set<String> TRANSPORT = Set.of("host", "content-length", "content-type", "connection",
      "upgrade", "http2-settings", "transfer-encoding", "expect", "te", "keep-alive", "cookie");
  /** What the JDK's HTTP client sends when the sender names no agent of its own. */
  private static final String JDK_AGENT = "Java-http-client/";

  private WireLearner() {}

  /** The first request's headers, as sent; the credential becomes {@code ${token}} and is never written. */
  static ObjectNode headers(List<Recorded> traffic) {
    ObjectNode out = Json.object();
    if (traffic.isEmpty()) {
      return out;
    }
    Map<String, String> first = traffic.get(0).headers();
    String secret = credential(first);
    first.forEach((name, value) -> {
      String n = name.toLowerCase(Locale.ROOT);
      if (TRANSPORT.contains(n) || (n.equals("user-agent") && value.startsWith(JDK_AGENT))) {
        return;
      }
      if (n.equals("authorization") || n.equals("proxy-authorization")) {
        int space = value.indexOf(' ');
        out.put(name, (space < 0 ? "Bearer" : value.substring(0, space)) + " ${token}");
      } else {
        out.put(name, secret != null && value.contains(secret) ? value.replace(secret, "${token}") : value);
      }
    });
    return out;
  }

  private static String credential(Map<String, String> headers) {
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase("authorization")) {
        int space = e.getValue().indexOf(' ');
        return space < 0 ? e.getValue() : e.getValue().substring(space + 1);
      }
    }
    return null;
  }

  /** The Content-Type of the first request with a body; {@code null} when none had one. */
  static String contentType(List<Recorded> traffic) {
    return traffic.stream().filter(r -> !r.body().isEmpty()).map(r -> r.header("Content-Type"))
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  /** {@code "+"} or {@code "%20"} as the client wrote a space in a query; {@code null} when no query had one. */
  static String space(List<Recorded> traffic) {
    for (Recorded r : traffic) {
      if (r.rawQuery().contains("%20")) {
        return "%20";
      }
      if (r.rawQuery().contains("+")) {
        return "+";
      }
    }
    return null;
  }
}
