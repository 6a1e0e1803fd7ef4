package dev.scimharness.simulator;

import dev.scimharness.endpoint.HttpClients;
import dev.scimharness.lint.LintFinding;
import dev.scimharness.scim.Leniency;
import dev.scimharness.server.EmbeddedServer;
import dev.scimharness.server.LintRecord;
import dev.scimharness.server.Profiles;
import dev.scimharness.server.RequestLint;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The embedded reference server as a simulator target, in one leniency, with its request lint wired to the
 * exchanges: each exchange carries the findings the server recorded while handling it.
 */
public final class ReferenceTarget implements AutoCloseable {
  /**
   * Findings kept in memory: a request yields a handful, and each exchange reads the newest ones, so a short
   * memory keeps that read cheap.
   */
  private static final int LINT_MEMORY = 256;

  private final EmbeddedServer server;
  private final Leniency leniency;
  private final String label;

  private ReferenceTarget(EmbeddedServer server, Leniency leniency, String label) {
    this.server = server;
    this.leniency = leniency;
    this.label = label;
  }

  /** The rfc profile in the given leniency. */
  public static ReferenceTarget start(Leniency leniency) {
    return new ReferenceTarget(EmbeddedServer.start(b -> b.leniency(leniency).profile(Profiles.named("rfc"))
        .lintMemory(LINT_MEMORY)), leniency, label(leniency));
  }

  /** A provider profile ({@code sigma}), lenient as IdPs meet it; unknown names fail with the known ones. */
  public static ReferenceTarget startProfile(String profile) {
    return new ReferenceTarget(EmbeddedServer.start(b -> b.leniency(Leniency.LENIENT).profile(Profiles.named(profile))
        .lintMemory(LINT_MEMORY)), Leniency.LENIENT, "reference server, " + profile + " profile");
  }

  public static String label(Leniency leniency) {
    return "reference server, " + leniency.name().toLowerCase(Locale.ROOT);
  }

  public Leniency leniency() {
    return leniency;
  }

  public EmbeddedServer server() {
    return server;
  }

  public Endpoint endpoint() {
    return new Endpoint(URI.create(server.baseUrl()), server.token(), label);
  }

  /** A transport whose exchanges carry the server's lint findings; it waits for real between retries. */
  public Transport transport() {
    return new Transport(endpoint(), HttpClients.shared(), Sleeper.REAL, Clock.systemUTC(),
        lintProbe(server.server().lint()), Duration.ofSeconds(10));
  }

  /**
   * Findings recorded since a mark (the newest {@code total - mark} records) for the same method and path, so
   * that other requests served meanwhile (a workload, another scenario) are not attributed to this one.
   */
  static LintProbe lintProbe(RequestLint lint) {
    return new LintProbe() {
      @Override
      public long mark() {
        return lint.total();
      }

      @Override
      public List<LintFinding> since(long mark, String method, String path) {
        long n = lint.total() - mark;
        if (n <= 0) {
          return List.of();
        }
        List<LintRecord> recent = lint.recent();
        String decoded = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        return recent.subList((int) Math.max(0, recent.size() - n), recent.size()).stream()
            .filter(r -> r.method().equalsIgnoreCase(method) && (r.path().equals(path) || r.path().equals(decoded)))
            .map(LintRecord::finding).toList();
      }
    };
  }

  @Override
  public void close() {
    server.close();
  }
}
