package dev.scimharness.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads the target in textbook RFC 7644, for features that look at what the IdPs left there; polls with a
 * deadline for changes a provider says take "a few moments".
 */
public final class TargetReader {
  private final Transport transport;

  public TargetReader(Transport transport) {
    this.transport = transport;
  }

  /** The user with this userName, if the target has one. */
  public Optional<JsonNode> userNamed(String userName) {
    StepRequest r = new StepRequest("read", "find user", Origin.HARNESS, Wire.HARNESS.request("GET", "/Users",
        Map.of("filter", "userName eq \"" + userName.replace("\"", "\\\"") + "\""), null));
    Answer a = transport.send(r, Wire.HARNESS);
    JsonNode res = a.json() == null ? null : Json.field(a.json(), "Resources");
    return res != null && res.isArray() && !res.isEmpty() ? Optional.of(res.get(0)) : Optional.empty();
  }

  /** Polls until the user exists and satisfies {@code condition}, or the deadline passes. */
  public Optional<JsonNode> awaitUser(String userName, Predicate<JsonNode> condition, Duration deadline) {
    return Poll.until(() -> userNamed(userName), u -> u.isPresent() && condition.test(u.get()), deadline,
        Duration.ofMillis(100)).filter(condition);
  }
}
