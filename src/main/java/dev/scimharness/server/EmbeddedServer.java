package dev.scimharness.server;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * The reference server in one call, for the harness and for tests: {@code EmbeddedServer.start()} gives a base URL
 * and a fresh token for tenant {@code default}; {@link #close()} stops it. Faults and the profile come from the
 * {@code scim.fault} and {@code scim.profile} system properties unless the caller configures them.
 */
public final class EmbeddedServer implements AutoCloseable {
  public static final String DEFAULT_TENANT = "default";

  private final ReferenceServer server;
  private final String baseUrl;
  private final String token;

  private EmbeddedServer(ReferenceServer server, String token) {
    this.server = server;
    this.token = token;
    this.baseUrl = server.start();
  }

  /** Starts with the profile and faults named by system properties (none given: rfc, no faults). */
  public static EmbeddedServer start() {
    return start(b -> {});
  }

  /** Starts with a configuration the caller adjusts (faults, profile, leniency, more tokens, …). */
  public static EmbeddedServer start(Consumer<ServerConfig.Builder> customise) {
    String token = newToken();
    ServerConfig.Builder b = ServerConfig.builder()
        .token(token, DEFAULT_TENANT)
        .profile(Profiles.named(System.getProperty("scim.profile", RfcProfile.NAME)))
        .hooks(SeededFaults.installed().hooks(System.getProperty("scim.fault")))
        .pagination(Pagination.named(System.getProperty("scim.pagination")))
        .clock(new MovableClock(Clock.systemUTC()));
    customise.accept(b);
    return new EmbeddedServer(new ReferenceServer(b.build()), token);
  }

  static String newToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** A bearer token for tenant {@code default}. */
  public String token() {
    return token;
  }

  public ReferenceServer server() {
    return server;
  }

  /**
   * Moves the server's clock forward, so cursor expiry (RFC 9865 §4 {@code cursorTimeout}) is tested without
   * waiting; false when the caller configured a clock that does not move.
   */
  public boolean advanceClock(Duration d) {
    if (server.config().clock() instanceof MovableClock c) {
      c.advance(d);
      return true;
    }
    return false;
  }

  @Override
  public void close() {
    server.stop();
  }
}
