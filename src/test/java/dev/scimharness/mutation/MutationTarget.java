package dev.scimharness.mutation;

import dev.scimharness.endpoint.Setting;
import dev.scimharness.report.Outcome;
import dev.scimharness.report.RunSummary;
import dev.scimharness.report.ScenarioResult;
import dev.scimharness.scim.Leniency;
import dev.scimharness.server.EmbeddedServer;
import dev.scimharness.steps.SuiteRun;
import dev.scimharness.steps.conformance.TargetClock;
import java.util.List;

/**
 * The strict reference server behind a {@link MutationProxy}, and the runs of the conformance suite against it:
 * the whole suite, or one scenario with one mutant.
 */
final class MutationTarget implements AutoCloseable {
  static final List<String> SUITE = List.of("features/rfc7643", "features/rfc7644", "features/rfc9865");
  private final EmbeddedServer upstream;
  private final MutationProxy proxy;

  private MutationTarget() throws Exception {
    // A smaller filter.maxResults than the default keeps the scenario that exceeds it from creating a thousand
    // users through the proxy in each run.
    upstream = EmbeddedServer.start(b -> b.leniency(Leniency.STRICT).maxResults(100));
    proxy = MutationProxy.start(upstream.baseUrl());
    // The suite sees the proxy as a remote target; its @clock scenarios move the upstream's clock through this.
    TargetClock.delegateTo(upstream::advanceClock);
  }

  static MutationTarget start() throws Exception {
    return new MutationTarget();
  }

  MutationProxy proxy() {
    return proxy;
  }

  RunSummary suite() {
    proxy.reset(null);
    return run("mutation/clean", "not @wip", SUITE);
  }

  /**
   * One scenario's outcome with {@code mutant} armed ({@code null}: clean); {@code where} is its
   * {@code features/…feature:line}, since the rows of an outline share their {@code @id} tag.
   */
  Outcome scenario(String where, Mutant mutant) {
    proxy.reset(mutant);
    RunSummary s = run("mutation/one", null, List.of(where));
    return s.scenarios().stream().map(ScenarioResult::status).findFirst().orElse(Outcome.NOT_RUN);
  }

  private RunSummary run(String dir, String tags, List<String> paths) {
    SuiteRun run = SuiteRun.named(dir).tags(tags).plugin(new PhasePlugin());
    for (Setting s : Setting.values()) {
      run.property(s.property(), null);
    }
    return run.property(Setting.BASE_URL.property(), proxy.baseUrl())
        .property(Setting.TOKEN.property(), upstream.token()).run(paths);
  }

  @Override
  public void close() {
    TargetClock.clear();
    proxy.close();
    upstream.close();
  }
}
