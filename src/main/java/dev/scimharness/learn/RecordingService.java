package dev.scimharness.learn;

import dev.scimharness.server.DialectLearning;
import dev.scimharness.server.ReferenceServer;
import java.nio.file.Path;

/** What the server's launcher finds for {@code --record-dialect}: a recording that provokes a 429 and a 404 once. */
public final class RecordingService implements DialectLearning {
  @Override
  public Recording attach(ReferenceServer server, Path file) {
    return DialectRecording.attach(server, file, Provocations.ALL);
  }
}
