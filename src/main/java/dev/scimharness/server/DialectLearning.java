package dev.scimharness.server;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The reference server's {@code --record-dialect FILE}: found through {@code META-INF/services}, as the client report
 * is, so the server package does not depend on the package that learns dialects (which builds on the server).
 */
public interface DialectLearning {

  /** A recording in progress: what the client sent, learned and written as a dialect on demand. */
  interface Recording {
    /** Learns from what was recorded and writes the file; says on {@code out} what it did or why it could not. */
    boolean write(PrintStream out);
  }

  /**
   * Hooks a recorder into a server not yet started.
   *
   * @throws IllegalArgumentException when {@code file} cannot name a dialect
   */
  Recording attach(ReferenceServer server, Path file);

  static Optional<DialectLearning> installed() {
    return ServiceLoader.load(DialectLearning.class).findFirst();
  }
}
