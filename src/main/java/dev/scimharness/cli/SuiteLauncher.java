package dev.scimharness.cli;

import java.nio.file.Path;

/**
 * Runs the conformance suite in this JVM, as the main job's Maven run does, with its reports in a given directory.
 * The implementation lives beside the step definitions (the test classes) and is found through
 * {@code META-INF/services}, so the harness itself does not depend on the test engine; the runnable jar carries
 * both.
 */
public interface SuiteLauncher {
  /** Runs the scenarios selected by this JVM's settings, {@code threads} at a time, writing into {@code reports}. */
  void run(Path reports, int threads);
}
