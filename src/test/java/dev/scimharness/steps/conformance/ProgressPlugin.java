package dev.scimharness.steps.conformance;

import dev.scimharness.report.Outcome;
import dev.scimharness.report.Progress;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Node;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestSourceParsed;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prints a progress line every {@value #EVERY_SECONDS} s of a run (none for a run shorter than that): against a
 * remote endpoint a whole run takes minutes, and a silent console looks like a hang.
 */
public class ProgressPlugin implements ConcurrentEventListener {
  static final int EVERY_SECONDS = 5;
  private final AtomicInteger parsed = new AtomicInteger();
  private volatile Progress progress;
  private ScheduledExecutorService ticker;

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestSourceParsed.class, this::parsed);
    publisher.registerHandlerFor(TestRunStarted.class, e -> started());
    publisher.registerHandlerFor(TestCaseFinished.class, this::ended);
    publisher.registerHandlerFor(TestRunFinished.class, e -> finished());
  }

  private void parsed(TestSourceParsed e) {
    // Scenarios and outline rows; a tag filter selects fewer, so then the total stays unknown.
    e.getNodes().forEach(n -> parsed.addAndGet(leaves(n)));
  }

  private static int leaves(Node n) {
    if (n instanceof Node.Container<?> c) {
      return c.elements().stream().mapToInt(ProgressPlugin::leaves).sum();
    }
    return n instanceof Node.Scenario || n instanceof Node.Example ? 1 : 0;
  }

  private synchronized void started() {
    progress = new Progress(System.nanoTime());
    ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "conformance-progress");
      t.setDaemon(true);
      return t;
    });
    ticker.scheduleAtFixedRate(() -> {
      Progress p = progress;
      if (p != null) {
        p.total(System.getProperty("cucumber.filter.tags") == null ? parsed.get() : 0);
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
