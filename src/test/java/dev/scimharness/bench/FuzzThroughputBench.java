package dev.scimharness.bench;

import dev.scimharness.endpoint.ScimClient;
import dev.scimharness.faults.Faults;
import dev.scimharness.fuzz.FuzzKind;
import dev.scimharness.fuzz.FuzzOptions;
import dev.scimharness.fuzz.FuzzReport;
import dev.scimharness.fuzz.FuzzRun;
import dev.scimharness.fuzz.KindResult;
import dev.scimharness.scim.Leniency;
import dev.scimharness.server.EmbeddedServer;
import dev.scimharness.server.RfcProfile;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tries per second of the target fuzz ({@code -Dscim.fuzz}) against the embedded reference server over loopback
 * HTTP: a PATCH try is create, read, PATCH, read back, delete; a filter try is one query over the run's population.
 * A warm-up round, then {@code rounds} measured rounds of {@code tries} per kind. Not a test: run it by hand
 * (command in docs/fuzzing.md); {@code -Dscim.fuzz.threads} sets the tries in flight.
 *
 * <p>Arguments (all optional): {@code tries=2000 rounds=3}.
 */
public final class FuzzThroughputBench {
  private FuzzThroughputBench() {}

  public static void main(String[] args) {
    int tries = arg(args, "tries", 2000);
    int rounds = arg(args, "rounds", 3);
    try (EmbeddedServer server = EmbeddedServer.start(b -> b.profile(new RfcProfile()).leniency(Leniency.LENIENT)
        .hooks(Faults.NONE.hooks()));
        ScimClient client = new ScimClient(URI.create(server.baseUrl()), server.token(), Map.of(),
            Duration.ofSeconds(5), Duration.ofSeconds(20), false)) {
      run(client, tries / 4, "warm-up");
      for (int i = 1; i <= rounds; i++) {
        run(client, tries, "round " + i);
      }
    }
  }

  private static void run(ScimClient client, int tries, String label) {
    FuzzReport r = FuzzRun.run(client, "hbnch", "embedded", new FuzzOptions(EnumSet.allOf(FuzzKind.class), tries,
        7644 + tries, Optional.empty()), null);
    for (KindResult k : r.kinds()) {
      System.out.printf(Locale.ROOT, "%-8s %-6s %5d tries %6.2f s %7.1f tries/s (%d failed)%n", label,
          k.kind().wire(), k.tries(), k.seconds(), k.triesPerSecond(), k.failed());
    }
  }

  private static int arg(String[] args, String name, int fallback) {
    for (String a : args) {
      if (a.startsWith(name + "=")) {
        return Integer.parseInt(a.substring(name.length() + 1));
      }
    }
    return fallback;
  }
}
