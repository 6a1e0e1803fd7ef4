package dev.scimharness.conformance;

import dev.scimharness.simulator.*;
import dev.scimharness.endpoint.HttpClients;
import dev.scimharness.simulator.report.InteropReport;
import dev.scimharness.simulator.report.ReportWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The IdP step of the conformance run ({@code -Dscim.idps=okta,entra}): after the last scenario, each dialect's
 * provisioning lifecycle against the run's own target, written as {@code interop.md/.json/.html} beside the summary.
 * Without the option it does nothing, so the run is what it was.
 */
public final class IdpHook {
  private IdpHook() {}

  public static Optional<IdpRuns> afterSuite(Optional<TargetSession> session, Path reports) {
    Optional<IdpSelection> selection = IdpSelection.fromSystem(DialectLoader.standard());
    if (selection.isEmpty()) {
      return Optional.empty();
    }
    List<String> names = selection.get().names();
    Optional<String> why = unusable(session);
    if (why.isPresent()) {
      System.out.println("[conformance] IdP lifecycles not run: " + why.get());
      return Optional.of(IdpRuns.notRun(names, why.get()));
    }
    TargetSession s = session.orElseThrow();
    Endpoint endpoint = new Endpoint(s.target().baseUrl(), s.target().token().orElseThrow(), s.config().describe());
    // The IdP's own client, not the suite's: it sends the dialect's headers and retries as that IdP does.
    Transport transport = new Transport(endpoint, HttpClients.shared(), Sleeper.REAL, Clock.systemUTC(),
        LintProbe.NONE, s.config().limits().requestDeadline());
    List<LifecycleResult> results = new ArrayList<>();
    for (Dialect d : selection.get().dialects()) {
      LifecycleResult r = Lifecycle.run(d, transport);
      System.out.println("[conformance] IdP " + d.name() + ": " + (r.anyFailed() ? r.failures().size()
          + " step(s) failed or blocked" : "every step it takes passed"));
      results.add(r);
    }
    ReportWriter.write(new InteropReport(Instant.now(), results, List.of()), reports);
    return Optional.of(new IdpRuns(names, results, null));
  }

  private static Optional<String> unusable(Optional<TargetSession> session) {
    if (session.isEmpty()) {
      return Optional.of("no target was opened");
    }
    TargetSession s = session.get();
    if (s.unusable().isPresent()) {
      return s.unusable();
    }
    if (s.config().limits().readOnly()) {
      return Optional.of("a read-only run writes nothing, and an IdP's lifecycle creates users and groups");
    }
    if (s.target().token().isEmpty()) {
      return Optional.of("an IdP sends a bearer token, and " + dev.scimharness.endpoint.Setting.TOKEN.describe()
          + " is not set");
    }
    if (s.config().insecure()) {
      return Optional.of("the IdP client verifies TLS certificates, and this run trusts any ("
          + dev.scimharness.endpoint.Setting.INSECURE.describe() + ")");
    }
    return Optional.empty();
  }
}
