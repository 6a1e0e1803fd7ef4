package dev.scimharness.target;

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
    current = new TargetSession(config, open(config));
    return current;
  }

  public static synchronized void closeCurrent() {
    if (current != null) {
      TargetSession s = current;
      current = null;
      s.close();
    }
  }

  public static Target open(HarnessConfig config) {
    if (config.baseUrl().isPresent()) {
      return new RemoteTarget(config.baseUrl().get(), config.token());
    }
    return EmbeddedTarget.start(config);
  }

  /** Validates the embedded-only settings (profile and fault names) without starting anything. */
  public static void checkEmbedded(HarnessConfig config) {
    EmbeddedTarget.check(config);
  }
}
