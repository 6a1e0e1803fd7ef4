package dev.scimharness.target;

import java.net.URI;
import java.util.Optional;

/** The reference server started in this JVM on a free loopback port. */
final class EmbeddedTarget {
  private EmbeddedTarget() {}

  static Target start(HarnessConfig config) {
    check(config);
    throw new ConfigException("the embedded reference server is not available in this build; set "
        + Setting.BASE_URL.describe());
  }

  static void check(HarnessConfig config) {}

  @SuppressWarnings("unused")
  private static Target of(URI base, String token, Runnable stop) {
    return new Target() {
      @Override
      public URI baseUrl() {
        return base;
      }

      @Override
      public Optional<String> token() {
        return Optional.of(token);
      }

      @Override
      public boolean embedded() {
        return true;
      }

      @Override
      public String describe() {
        return config(base);
      }

      @Override
      public void close() {
        stop.run();
      }
    };
  }

  private static String config(URI base) {
    return "embedded reference server at " + base;
  }
}
