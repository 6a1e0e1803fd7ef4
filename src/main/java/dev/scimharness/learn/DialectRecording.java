package dev.scimharness.learn;

import dev.scimharness.server.DialectLearning;
import dev.scimharness.server.ReferenceServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The reference server's {@code --record-dialect FILE}: records what the client sends, provoking a 429 and a 404
 * once each, and on shutdown writes the dialect learned from it. The file's name (without {@code .yaml}) is the
 * dialect's name, as the simulator's loader requires.
 */
public final class DialectRecording implements DialectLearning.Recording {
  private final TrafficRecorder recorder;
  private final Path file;

  private DialectRecording(TrafficRecorder recorder, Path file) {
    this.recorder = recorder;
    this.file = file;
  }

  /** Hooks the recorder into a server not yet started; a file name that cannot be a dialect is refused. */
  public static DialectRecording attach(ReferenceServer server, Path file, Provocations provoke) {
    name(file);
    TrafficRecorder recorder = new TrafficRecorder(server.config().basePath(), provoke);
    recorder.install(server);
    return new DialectRecording(recorder, file);
  }

  /** The dialect's name from {@code FILE}: it must end in {@code .yaml} or {@code .yml}. */
  public static String name(Path file) {
    String base = file.getFileName() == null ? "" : file.getFileName().toString();
    if (!base.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.ya?ml")) {
      throw new IllegalArgumentException("--record-dialect: \"" + file + "\" must be a .yaml file named after the "
          + "dialect, e.g. my-idp.yaml");
    }
    return base.replaceFirst("\\.ya?ml$", "");
  }

  public TrafficRecorder recorder() {
    return recorder;
  }

  @Override
  public boolean write(PrintStream out) {
    try {
      LearnedDialect d = DialectLearner.learn(name(file), recorder.exchanges());
      DialectYaml.write(d, file);
      out.println("Dialect learned from " + d.requests() + " requests: " + file.toAbsolutePath() + " ("
          + d.unknown().size() + " fields unknown)");
      return true;
    } catch (IllegalArgumentException | IOException e) {
      out.println("No dialect written to " + file + ": " + e.getMessage());
      return false;
    }
  }
}
