package dev.scimharness.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.Leniency;
import dev.scimharness.server.EmbeddedServer;
import dev.scimharness.steps.conformance.RunConformanceTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * The whole conformance suite against the reference server as a remote endpoint behind a proxy that adds a fixed
 * delay to every request: what a vendor's run costs when the endpoint is far away. For each delay it starts a fresh
 * server and proxy in this JVM and runs the suite in a child JVM (the suite's own JVM, as in the main job), with
 * its reports in a scratch directory. The server is strict, as in the main job; the two scenarios that move the
 * embedded server's clock are skipped against any remote endpoint. Not a test: run it by hand (command in docs/benchmarks.md).
 *
 * <p>Arguments (all optional): {@code delays=0,50,150 threads=8 tags=<cucumber tag expression> timeout=600}
 * (seconds per run; a run that exceeds it is stopped and reported).
 */
public final class SuiteLatencyBench {
  private SuiteLatencyBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("child")) {
      child(args[1]);
      return;
    }
    long[] delays = Arrays.stream(arg(args, "delays", "0,50,150").split(",")).mapToLong(Long::parseLong).toArray();
    int threads = Integer.parseInt(arg(args, "threads", "8"));
    String tags = arg(args, "tags", "");
    long timeout = Long.parseLong(arg(args, "timeout", "600"));
    Path features = Path.of("features").toAbsolutePath();
    if (!Files.isDirectory(features)) {
      System.err.println("run from the repository root: no features/ directory in " + Path.of("").toAbsolutePath());
      System.exit(2);
    }
    List<String> rows = new ArrayList<>();
    for (long delay : delays) {
      rows.add(run(features, delay, threads, tags, timeout));
    }
    System.out.println();
    System.out.println("| delay per request | threads | wall time (child JVM) | suite time | requests | passed | failed "
        + "| skipped | blocked |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
  }

  private static String run(Path features, long delay, int threads, String tags, long timeout) throws Exception {
    Path dir = Files.createTempDirectory("scim-latency-");
    Files.createSymbolicLink(dir.resolve("features"), features);
    try (EmbeddedServer server = EmbeddedServer.start(b -> b.leniency(Leniency.STRICT)); LatencyProxy proxy = LatencyProxy.start(server.baseUrl(), delay)) {
      List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"),
          "-Dscim.baseUrl=" + proxy.baseUrl(), "-Dscim.token=" + server.token(), "-Dscim.threads=" + threads));
      if (!tags.isBlank()) {
        cmd.add("-Dcucumber.filter.tags=" + tags);
      }
      cmd.addAll(List.of(SuiteLatencyBench.class.getName(), "child", Integer.toString(threads)));
      System.out.printf(Locale.ROOT, "delay %d ms, %d threads: suite in %s%n", delay, threads, dir);
      long start = System.nanoTime();
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).inheritIO().start();
      if (!p.waitFor(timeout, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return String.format(Locale.ROOT, "| %d ms | %d | stopped after %d s | | %d | | | | |", delay, threads,
            timeout, proxy.requests());
      }
      double wall = (System.nanoTime() - start) / 1e9;
      System.out.println("busiest requests:\n" + proxy.busiest(12));
      JsonNode summary = Json.parse(Files.readString(dir.resolve("reports/summary.json")));
      JsonNode c = summary.path("counts");
      return String.format(Locale.ROOT, "| %d ms | %d | %.1f s | %.1f s | %,d | %d | %d | %d | %d |", delay, threads,
          wall, summary.path("wallMillis").asLong() / 1000.0, proxy.requests(), c.path("passed").asInt(),
          c.path("failed").asInt(), c.path("skipped").asInt(), c.path("blocked").asInt());
    }
  }

  /** The suite's JVM: the same suite class, plugins and parallelism as the main job. */
  private static void child(String threads) throws IOException {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(DiscoverySelectors.selectClass(RunConformanceTest.class))
        .filters(EngineFilter.includeEngines("junit-platform-suite"))
        .configurationParameter("cucumber.execution.parallel.config.fixed.parallelism", threads)
        .configurationParameter("cucumber.execution.parallel.config.fixed.max-pool-size", threads)
        .build();
    LauncherFactory.create().execute(request);
  }

  private static String arg(String[] args, String name, String fallback) {
    for (String a : args) {
      if (a.startsWith(name + "=")) {
        return a.substring(name.length() + 1);
      }
    }
    return fallback;
  }
}
