package dev.scimharness.bench;

import dev.scimharness.standins.ReverseProxy;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A reverse proxy that holds every request for a fixed delay before forwarding it: a stand-in for an endpoint on
 * another continent, where each exchange costs at least one round trip whatever the server does. It counts the
 * requests by method and path (ids blanked), to show where a run's round trips go.
 */
final class LatencyProxy implements AutoCloseable {
  private final ReverseProxy proxy;
  private final AtomicLong requests = new AtomicLong();
  private final ConcurrentHashMap<String, AtomicLong> bySignature = new ConcurrentHashMap<>();

  private LatencyProxy(URI upstreamBase, long delayMillis) throws IOException {
    proxy = ReverseProxy.start(upstreamBase, Duration.ofMillis(delayMillis), (in, upstream) -> {
      requests.incrementAndGet();
      bySignature.computeIfAbsent(in.method() + " " + in.path().replaceAll("/[0-9a-fA-F-]{8,}", "/*"),
          k -> new AtomicLong()).incrementAndGet();
      return upstream;
    });
  }

  static LatencyProxy start(String upstreamBase, long delayMillis) throws IOException {
    return new LatencyProxy(URI.create(upstreamBase), delayMillis);
  }

  String baseUrl() {
    return proxy.baseUrl();
  }

  long requests() {
    return requests.get();
  }

  /** The most frequent requests, method and path with ids blanked. */
  String busiest(int n) {
    return bySignature.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get()))
        .limit(n).map(e -> e.getValue().get() + " " + e.getKey()).collect(Collectors.joining("\n  ", "  ", ""));
  }

  @Override
  public void close() {
    proxy.close();
  }
}
