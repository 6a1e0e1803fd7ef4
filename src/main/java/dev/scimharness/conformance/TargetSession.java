package dev.scimharness.conformance;

import dev.scimharness.endpoint.HarnessConfig;
import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.ScimClient;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.endpoint.Target;
import dev.scimharness.record.RunSeed;
import dev.scimharness.record.SeededTarget;
import java.time.Clock;
import java.util.Optional;

/**
 * A started target with its client, shared by every scenario of a run: the embedded server starts once, the
 * preflight runs once, and the ServiceProviderConfig is read once. The session also holds what the run as a whole
 * learns: why the preflight refused the target, whether the run gave up on it ({@link RunGuard}), and the prefix
 * every resource name of the run starts with, by which the sweep at its end finds what is left.
 */
public final class TargetSession implements AutoCloseable {
  private final HarnessConfig config;
  private final Target target;
  private final RunGuard guard;
  private final ScimClient client;
  private final RunSeed seed;
  private final String namePrefix;
  private final String preflightFailure;
  private volatile Capabilities capabilities;
  private volatile Extensions extensions;
  private volatile String sweep;

  TargetSession(HarnessConfig config, Target target) {
    this.config = config;
    this.target = target;
    this.guard = new RunGuard(config.limits().failAfter(), config.limits().readOnly(), Clock.systemUTC());
    this.client = ScimClient.of(target, config, guard);
    // A recording writes its seed down and a replay reuses it; any other run draws a new one.
    this.seed = target instanceof SeededTarget seeded ? seeded.seed() : RunSeed.fresh();
    this.namePrefix = seed.namePrefix();
    try (ScimClient preflight = ScimClient.forPreflight(target, config)) {
      this.preflightFailure = Preflight.check(preflight).orElse(null);
    }
    if (preflightFailure != null) {
      guard.giveUp(preflightFailure);
      System.err.println("[conformance] preflight failed: " + preflightFailure);
    } else if (!target.embedded()) {
      System.out.println("[conformance] resources of this run are named " + namePrefix + "…; after an aborted run,"
          + " delete what is left with the sweep: -Dscim.sweepPrefix=" + namePrefix + " (docs/conformance.md)");
    }
  }

  public HarnessConfig config() {
    return config;
  }

  public Target target() {
    return target;
  }

  public ScimClient client() {
    return client;
  }

  /** The run's name prefix and the seed its scenarios' run ids are drawn from ({@link RunSeed#runId}). */
  public RunSeed seed() {
    return seed;
  }

  /** The start of every resource name of this run. */
  public String namePrefix() {
    return namePrefix;
  }

  /** Why the preflight refused the target; empty when it is usable. */
  public Optional<String> preflightFailure() {
    return Optional.ofNullable(preflightFailure);
  }

  /** Why the run gave up on the target mid-run; empty while it has not. */
  public Optional<String> gaveUp() {
    return Optional.ofNullable(guard.gaveUp());
  }

  /** Why no further scenario can run, if one cannot: the preflight failed or the run gave up. */
  public Optional<String> unusable() {
    return preflightFailure().or(this::gaveUp);
  }

  /** What the sweep at the end of the run did; empty when it has not run. */
  public Optional<String> sweepResult() {
    return Optional.ofNullable(sweep);
  }

  /**
   * Deletes what the run left on a remote target, by its name prefix. Not for the embedded server (its data ends
   * with it), a read-only run (it wrote nothing), or a target the run gave up on (the sweep can run later).
   */
  public synchronized void sweep() {
    if (sweep != null || target.embedded() || !config.limits().sweep() || config.limits().readOnly()) {
      return;
    }
    if (unusable().isPresent()) {
      sweep = preflightFailure != null ? null : "not swept: the target is unreachable; sweep later with"
          + " -Dscim.sweepPrefix=" + namePrefix;
      return;
    }
    sweep = Sweep.run(client, namePrefix);
  }

  /** The target's ServiceProviderConfig, fetched on first use. */
  public Capabilities capabilities() {
    Capabilities c = capabilities;
    if (c == null && preflightFailure != null) {
      return Capabilities.of(null);
    }
    if (c == null) {
      synchronized (this) {
        if (capabilities == null) {
          ScimResponse r = client.send(Request.of("GET", "/ServiceProviderConfig"));
          capabilities = Capabilities.of(r.status() == 200 ? r.json() : null);
        }
        c = capabilities;
      }
    }
    return c;
  }

  /** The schema extensions the target advertises, read from its discovery endpoints on first use. */
  public Extensions extensions() {
    Extensions e = extensions;
    if (e == null && preflightFailure != null) {
      return new Extensions(null, null);
    }
    if (e == null) {
      synchronized (this) {
        if (extensions == null) {
          ScimResponse types = client.send(Request.of("GET", "/ResourceTypes"));
          ScimResponse schemas = client.send(Request.of("GET", "/Schemas"));
          extensions = new Extensions(types.status() == 200 ? types.json() : null,
              schemas.status() == 200 ? schemas.json() : null);
        }
        e = extensions;
      }
    }
    return e;
  }

  @Override
  public void close() {
    client.close();
    target.close();
  }
}
