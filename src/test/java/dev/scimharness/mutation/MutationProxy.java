package dev.scimharness.mutation;

import dev.scimharness.standins.ReverseProxy;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A reverse proxy in front of the reference server that records every exchange of a run and, when armed with a
 * mutant, changes the one answer the mutant addresses. References to the upstream in answers are passed on as
 * the proxy's own, so the suite sees one coherent target.
 */
final class MutationProxy implements AutoCloseable {
  private final ReverseProxy proxy;
  private final List<Exchange> recorded = new ArrayList<>();
  private final Map<String, Integer> seen = new HashMap<>();
  private final Map<String, String> lastBody = new HashMap<>();
  private Mutant armed;
  private boolean applied;

  private MutationProxy(URI upstreamBase) throws IOException {
    proxy = ReverseProxy.start(upstreamBase, Duration.ZERO, this::answer);
  }

  static MutationProxy start(String upstreamBase) throws IOException {
    return new MutationProxy(URI.create(upstreamBase));
  }

  String baseUrl() {
    return proxy.baseUrl();
  }

  /** Starts a run: forgets what was recorded and arms {@code mutant} ({@code null}: a clean run). */
  synchronized void reset(Mutant mutant) {
    recorded.clear();
    seen.clear();
    lastBody.clear();
    armed = mutant;
    applied = false;
  }

  synchronized List<Exchange> recorded() {
    return List.copyOf(recorded);
  }

  /** Whether the armed mutant found its exchange in this run. */
  synchronized boolean applied() {
    return applied;
  }

  private ReverseProxy.Answer answer(ReverseProxy.Incoming in, ReverseProxy.Answer upstream) {
    Exchange e = new Exchange(in.method(), in.path(), in.query(), in.body(), upstream.status(), upstream.headers(),
        upstream.body(), Phase.current());
    Exchange out = answer(e);
    return new ReverseProxy.Answer(out.status(), out.headers(), out.body());
  }

  private synchronized Exchange answer(Exchange e) {
    recorded.add(e);
    int n = seen.merge(e.signature(), 1, Integer::sum) - 1;
    String previous = lastBody.get(e.path());
    if (e.status() / 100 == 2 && e.body() != null && !e.body().isBlank()) {
      lastBody.put(e.path(), e.body());
    }
    if (armed == null || applied || n != armed.occurrence() || !armed.signature().equals(e.signature())) {
      return e;
    }
    try {
      Exchange m = armed.apply(e, previous);
      applied = true;
      return m;
    } catch (RuntimeException shapeDiffers) {
      return e;
    }
  }

  @Override
  public void close() {
    proxy.close();
  }
}
