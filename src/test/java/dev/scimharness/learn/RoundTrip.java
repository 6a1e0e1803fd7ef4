package dev.scimharness.learn;

import dev.scimharness.endpoint.HttpClients;
import dev.scimharness.server.ReferenceServer;
import dev.scimharness.server.ServerConfig;
import dev.scimharness.simulator.Dialect;
import dev.scimharness.simulator.Endpoint;
import dev.scimharness.simulator.Lifecycle;
import dev.scimharness.simulator.LifecycleResult;
import dev.scimharness.simulator.LifecycleStep;
import dev.scimharness.simulator.LintProbe;
import dev.scimharness.simulator.SimulatorRun;
import dev.scimharness.simulator.Sleeper;
import dev.scimharness.simulator.Transport;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

/**
 * One dialect's lifecycle against a fresh recording reference server (lenient, rfc profile, loopback, free port):
 * the requests the IdP sent, without the harness's clean-up at the end, which no IdP sends. Read-back checks are
 * off, so only the IdP's own requests (and the harness's set-up where a provoked answer made a step fail) are sent.
 */
record RoundTrip(List<Recorded> requests, LifecycleResult result) {

  static RoundTrip record(Dialect dialect, String token) {
    ServerConfig config = ServerConfig.builder().token(token, "default").build();
    ReferenceServer server = new ReferenceServer(config);
    TrafficRecorder recorder = new TrafficRecorder(config.basePath(), Provocations.ALL);
    recorder.install(server);
    String url = server.start();
    try {
      Transport transport = new Transport(new Endpoint(URI.create(url), token, "recording reference server"),
          HttpClients.shared(), Sleeper.REAL, Clock.systemUTC(), LintProbe.NONE, Duration.ofSeconds(10));
      LifecycleResult r = Lifecycle.run(dialect, transport, EnumSet.allOf(LifecycleStep.class),
          new SimulatorRun.Options(Duration.ZERO, false));
      List<Recorded> all = recorder.exchanges();
      return new RoundTrip(all.subList(0, all.size() - r.cleanup().size()), r);
    } finally {
      server.stop();
    }
  }
}
