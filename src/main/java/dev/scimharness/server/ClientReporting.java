package dev.scimharness.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The client report of a running server ({@code --client-report DIR}): found through {@code META-INF/services},
 * as faults and profiles are, so the server package does not depend on the report's.
 */
public interface ClientReporting {

  /** A running report: closing it writes the report one last time and releases its admin port. */
  interface Running extends AutoCloseable {
    /** Where the admin endpoint listens, e.g. {@code http://127.0.0.1:PORT/client-report}. */
    String adminUrl();

    /** The bearer token the admin endpoint accepts; a SCIM token is never one. */
    String adminToken();

    @Override
    void close();
  }

  /**
   * Starts gathering every request {@code lint} grades, printing progress to {@code out}, and serving the admin
   * endpoint on 127.0.0.1:{@code adminPort} (0 = a free port).
   */
  Running start(RequestLint lint, String serverUrl, Path dir, int adminPort, PrintStream out) throws IOException;

  static Optional<ClientReporting> installed() {
    return ServiceLoader.load(ClientReporting.class).findFirst();
  }
}
