package dev.scimharness.record;

import dev.scimharness.endpoint.ExchangeTap;
import dev.scimharness.endpoint.HarnessConfig;
import dev.scimharness.endpoint.Redactor;
import dev.scimharness.endpoint.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A live target whose every exchange is kept, and written when the run closes it: WireMock mappings and
 * {@code recording.json} into the record directory, and a HAR file. The run's name prefix and seed are chosen here,
 * so that they can be written down with the exchanges.
 */
final class RecordingTarget implements SeededTarget {
  static final String HAR_FILE = "run.har";
  private final Target live;
  private final Recorder recorder = new Recorder();
  private final RunSeed seed = RunSeed.fresh();
  private final Redactor redactor;
  private final Optional<Path> directory;
  private final Optional<Path> har;
  private volatile boolean clockMoved;
  private boolean written;

  RecordingTarget(Target live, HarnessConfig config, Optional<Path> directory, Optional<Path> har) {
    this.live = live;
    this.redactor = Redactor.of(live.token().orElse(null), config.headers());
    this.directory = directory;
    this.har = har.or(() -> directory.map(d -> d.resolve(HAR_FILE)));
    System.out.println("[record] recording " + live.describe() + directory.map(d -> " into " + d).orElse("")
        + this.har.map(h -> " (HAR: " + h + ")").orElse("") + "; name prefix " + seed.namePrefix() + ", seed "
        + seed.seed());
  }

  @Override
  public RunSeed seed() {
    return seed;
  }

  @Override
  public ExchangeTap tap() {
    return recorder;
  }

  @Override
  public URI baseUrl() {
    return live.baseUrl();
  }

  @Override
  public Optional<String> token() {
    return live.token();
  }

  @Override
  public boolean embedded() {
    return live.embedded();
  }

  @Override
  public boolean advanceClock(Duration d) {
    boolean moved = live.advanceClock(d);
    clockMoved |= moved;
    return moved;
  }

  @Override
  public String describe() {
    return live.describe();
  }

  /** Writes the recording, then closes the live target; a recording that cannot be written is said, not thrown. */
  @Override
  public synchronized void close() {
    try {
      if (!written) {
        written = true;
        write();
      }
    } catch (IOException | UncheckedIOException e) {
      System.err.println("[record] the recording could not be written: " + e.getMessage());
    } finally {
      live.close();
    }
  }

  private void write() throws IOException {
    List<Recorded> run = recorder.recorded();
    if (directory.isPresent()) {
      Path dir = directory.get();
      java.nio.file.Files.createDirectories(dir);
      new MappingWriter(redactor, Recording.origin(live.baseUrl()), live.token().orElse(null)).write(dir, run);
      new Recording(seed, live.baseUrl(), live.embedded(), live.embedded() || clockMoved, run.size()).write(dir);
    }
    if (har.isPresent()) {
      new HarWriter(redactor, version()).write(har.get(), run, seed);
    }
    System.out.println("[record] " + run.size() + " exchanges written" + directory.map(d -> " to " + d).orElse("")
        + har.map(h -> (directory.isPresent() ? " and " : " to ") + h).orElse(""));
  }

  static String version() {
    String v = RecordingTarget.class.getPackage().getImplementationVersion();
    return v == null ? "development build" : v;
  }
}
