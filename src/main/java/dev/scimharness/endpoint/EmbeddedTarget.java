package dev.scimharness.endpoint;

import dev.scimharness.scim.Leniency;
import dev.scimharness.server.EmbeddedServer;
import dev.scimharness.server.Pagination;
import dev.scimharness.server.Profiles;
import dev.scimharness.server.SeededFaults;
import java.net.URI;
import java.util.Optional;

/** The reference server started in this JVM on a free loopback port, reached over real HTTP. */
final class EmbeddedTarget implements Target {
  private final EmbeddedServer server;
  private final String description;

  private EmbeddedTarget(EmbeddedServer server, String description) {
    this.server = server;
    this.description = description;
  }

  static Target start(HarnessConfig config) {
    check(config);
    // Strict: the yardstick answers every deviation with the RFC's error instead of accepting it and linting.
    EmbeddedServer server = EmbeddedServer.start(b -> b
        .leniency(Leniency.STRICT)
        .profile(Profiles.named(config.profile()))
        .hooks(SeededFaults.installed().hooks(config.fault().orElse(null))));
    return new EmbeddedTarget(server, config.describe() + " at " + server.baseUrl());
  }

  /** Unknown profile or fault names become a configuration error that lists the known ones. */
  static void check(HarnessConfig config) {
    try {
      Profiles.named(config.profile());
      Pagination.named(System.getProperty("scim.pagination"));
      SeededFaults.installed().hooks(config.fault().orElse(null));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  @Override
  public URI baseUrl() {
    return URI.create(server.baseUrl());
  }

  @Override
  public Optional<String> token() {
    return Optional.of(server.token());
  }

  @Override
  public boolean advanceClock(java.time.Duration d) {
    return server.advanceClock(d);
  }

  @Override
  public boolean embedded() {
    return true;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public void close() {
    server.close();
  }
}
