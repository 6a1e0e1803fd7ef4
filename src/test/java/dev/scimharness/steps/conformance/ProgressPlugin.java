package dev.scimharness.steps.conformance;

import dev.scimharness.report.Outcome;
import dev.scimharness.report.Progress;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Prints a progress line every {@value #EVERY_SECONDS} s of a run (none for a run shorter than that): against a
 * remote endpoint a whole run takes minutes, and a silent console looks like a hang. The total is the scenarios
 * (outline rows counted one by one) of the main job's feature directories that the run's tag filter selects;
 * Cucumber parses a feature only when it reaches it, so its own events cannot tell.
 */
public class ProgressPlugin implements ConcurrentEventListener {
  static final int EVERY_SECONDS = 5;
  private final List<Path> directories;
  private volatile Progress progress;
  private ScheduledExecutorService ticker;

  public ProgressPlugin() {
    this.directories = java.util.Arrays.stream(RunConformanceTest.class
        .getAnnotation(org.junit.platform.suite.api.SelectDirectories.class).value()).map(Path::of).toList();
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestRunStarted.class, e -> started());
    publisher.registerHandlerFor(TestCaseFinished.class, this::ended);
    publisher.registerHandlerFor(TestRunFinished.class, e -> finished());
  }

  /** The scenarios the run will execute; 0 when they cannot be counted (the line then gives no total). */
  static int total(List<Path> directories, String tagFilter) {
    try {
      Expression selected = tagFilter == null || tagFilter.isBlank() ? null : TagExpressionParser.parse(tagFilter);
      int n = 0;
      for (Path dir : directories) {
        n += Files.isDirectory(dir) ? count(dir, selected) : countPackaged(dir, selected);
      }
      return n;
    } catch (IOException | RuntimeException unreadable) {
      return 0;
    }
  }

  private static int count(Path dir, Expression selected) throws IOException {
    GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(false)
        .includePickles(true).build();
    List<Path> files;
    try (Stream<Path> all = Files.walk(dir)) {
      files = all.filter(f -> f.toString().endsWith(".feature")).toList();
    }
    int n = 0;
    for (Path f : files) {
      n += (int) parser.parse(f).flatMap(env -> env.getPickle().stream())
          .filter(p -> selected == null || selected.evaluate(p.getTags().stream().map(PickleTag::getName).toList()))
          .count();
    }
    return n;
  }

  /**
   * A feature directory inside the runnable jar, where the features are class path resources. The jar's file system
   * is closed again: Cucumber opens its own and fails if one is open already.
   */
  private static int countPackaged(Path dir, Expression selected) throws IOException {
    java.net.URL url = ProgressPlugin.class.getClassLoader().getResource(dir.toString().replace('\\', '/'));
    if (url == null) {
      throw new IOException("no feature directory " + dir);
    }
    try {
      java.net.URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return count(Path.of(uri), selected);
      }
      try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of())) {
        return count(jar.provider().getPath(uri), selected);
      } catch (java.nio.file.FileSystemAlreadyExistsException open) {
        return count(Path.of(uri), selected);
      }
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
  }

  private synchronized void started() {
    progress = new Progress(System.nanoTime());
    progress.total(total(directories, System.getProperty("cucumber.filter.tags")));
    ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "conformance-progress");
      t.setDaemon(true);
      return t;
    });
    ticker.scheduleAtFixedRate(() -> {
      Progress p = progress;
      if (p != null) {
        System.out.println(p.line(System.nanoTime()));
      }
    }, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
  }

  private void ended(TestCaseFinished e) {
    Progress p = progress;
    if (p != null) {
      p.ended(e.getResult().getStatus() == Status.PASSED ? Outcome.PASSED
          : e.getResult().getStatus() == Status.FAILED ? Outcome.FAILED : Outcome.SKIPPED);
    }
  }

  private synchronized void finished() {
    if (ticker != null) {
      ticker.shutdownNow();
    }
  }
}
