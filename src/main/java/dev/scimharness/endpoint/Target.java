package dev.scimharness.endpoint;

import java.net.URI;
import java.util.Optional;

/** A SCIM service provider the suite runs against: the embedded reference server or a remote endpoint. */
public interface Target extends AutoCloseable {
  URI baseUrl();

  /** The bearer token, when credentials are a token (a remote target may use headers instead). */
  Optional<String> token();

  boolean embedded();

  /**
   * Moves the target's clock forward when the harness owns it (the embedded server), so a timeout such as RFC 9865's
   * {@code cursorTimeout} is tested without waiting; false for a target whose clock is its own.
   */
  default boolean advanceClock(java.time.Duration d) {
    return false;
  }

  /** What sees this target's exchanges (a recording) or adds to its requests (a replay); most targets have none. */
  default ExchangeTap tap() {
    return ExchangeTap.NONE;
  }

  /** For people: what this target is; never contains a secret. */
  String describe();

  @Override
  void close();

  /** The remote endpoint the configuration names, or the embedded reference server started for it. */
  static Target open(HarnessConfig config) {
    if (config.baseUrl().isPresent()) {
      return new RemoteTarget(config.baseUrl().get(), config.token());
    }
    return EmbeddedTarget.start(config);
  }

  /** Validates the embedded-only settings (profile and fault names) without starting anything. */
  static void checkEmbedded(HarnessConfig config) {
    EmbeddedTarget.check(config);
  }
}
