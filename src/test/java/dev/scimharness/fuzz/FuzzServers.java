package dev.scimharness.fuzz;

import dev.scimharness.endpoint.ScimClient;
import dev.scimharness.faults.Faults;
import dev.scimharness.scim.Leniency;
import dev.scimharness.server.EmbeddedServer;
import dev.scimharness.server.RfcProfile;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

/** Runs the target-agnostic fuzz ({@link FuzzRun}) against a freshly started reference server. */
final class FuzzServers {
  private FuzzServers() {}

  static FuzzReport fuzz(Leniency leniency, Faults faults, EnumSet<FuzzKind> kinds, int tries, long seed,
      Optional<Path> replay, Path reports) {
    try (EmbeddedServer server = EmbeddedServer.start(b -> b.profile(new RfcProfile()).leniency(leniency)
        .hooks(faults.hooks()));
        ScimClient client = new ScimClient(URI.create(server.baseUrl()), server.token(), Map.of(),
            Duration.ofSeconds(5), Duration.ofSeconds(20), false)) {
      return FuzzRun.run(client, "hfz01", "embedded " + leniency, new FuzzOptions(kinds, tries, seed, replay), reports);
    }
  }
}
