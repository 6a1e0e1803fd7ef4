package dev.scimharness.record;

import dev.scimharness.endpoint.Exchange;
import dev.scimharness.endpoint.ExchangeTap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** Keeps every exchange of a run with the scenario that sent it, for the mapping and HAR writers. */
final class Recorder implements ExchangeTap {
  private final List<Recorded> recorded = Collections.synchronizedList(new ArrayList<>());

  @Override
  public String context() {
    return ScenarioKey.current();
  }

  @Override
  public void exchanged(String context, Exchange raw) {
    recorded.add(new Recorded(context, Instant.now().minus(raw.duration()), raw));
  }

  /** Everything so far, in the order the requests left (the order the target saw them, give or take the wire). */
  List<Recorded> recorded() {
    List<Recorded> copy;
    synchronized (recorded) {
      copy = new ArrayList<>(recorded);
    }
    copy.sort(Comparator.comparing(Recorded::started));
    return copy;
  }
}
