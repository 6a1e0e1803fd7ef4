package dev.scimharness.conformance;

import dev.scimharness.endpoint.HarnessConfig;
import dev.scimharness.record.RecordReplay;
/**
 * Opens targets from a configuration and keeps the current one for the run. A run with another configuration
 * (the fault self-test runs the suite once per fault in one JVM) closes the previous target first.
 */
public final class Targets {
  private static TargetSession current;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Targets::closeCurrent, "scim-target-shutdown"));
  }

  private Targets() {}

  /** The session for {@code config}, started on first use. */
  public static synchronized TargetSession shared(HarnessConfig config) {
    if (current != null && current.config().equals(config)) {
      return current;
    }
    closeCurrent();
    current = new TargetSession(config, RecordReplay.open(config));
    return current;
  }

  /** The session of the run under way, if one was opened. */
  public static synchronized java.util.Optional<TargetSession> current() {
    return java.util.Optional.ofNullable(current);
  }

  public static synchronized void closeCurrent() {
    if (current != null) {
      TargetSession s = current;
      current = null;
      s.close();
    }
  }
}
