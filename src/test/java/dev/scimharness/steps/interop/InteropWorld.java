package dev.scimharness.steps.interop;

import dev.scimharness.scim.Leniency;
import dev.scimharness.simulator.Dialect;
import dev.scimharness.simulator.DialectLoader;
import dev.scimharness.simulator.IdpDirectory;
import dev.scimharness.simulator.LifecycleResult;
import dev.scimharness.simulator.ReferenceTarget;
import dev.scimharness.simulator.SimulatorRun;
import dev.scimharness.simulator.StepResult;
import dev.scimharness.simulator.Transport;
import dev.scimharness.simulator.WorkloadResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One interop scenario's state: the target, the IdPs in play (by dialect name), and what they did last. */
public final class InteropWorld {
  private final DialectLoader dialects = DialectLoader.standard();
  private final Map<String, SimulatorRun> idps = new LinkedHashMap<>();
  private final List<SimulatorRun> all = new ArrayList<>();
  private ReferenceTarget target;
  private Transport transport;
  private StepResult lastStep;
  private LifecycleResult lastLifecycle;
  private WorkloadResult lastWorkload;

  public void useReferenceServer(Leniency mode) {
    target = ReferenceServers.in(mode);
    transport = target.transport();
  }

  /** The reference server with a provider profile ({@code sigma}), lenient as IdPs meet it. */
  public void useProfile(String profile) {
    target = ReferenceServers.withProfile(profile);
    transport = target.transport();
  }

  public Transport transport() {
    if (transport == null) {
      throw new IllegalStateException("no target yet: start the scenario with \"Given the reference server in … mode\"");
    }
    return transport;
  }

  public Dialect dialect(String name) {
    return dialects.load(name);
  }

  /** The IdP playing {@code dialect} in this scenario, created with its own directory on first use. */
  public SimulatorRun idp(String dialect) {
    return idps.computeIfAbsent(dialect, d -> {
      SimulatorRun run = new SimulatorRun(dialect(d), transport(), new IdpDirectory(), SimulatorRun.Options.DEFAULT);
      all.add(run);
      return run;
    });
  }

  public IdpDirectory directory(String dialect) {
    return idp(dialect).directory();
  }

  public List<SimulatorRun> idps() {
    return List.copyOf(all);
  }

  public StepResult lastStep() {
    if (lastStep == null) {
      throw new IllegalStateException("no IdP step has been taken in this scenario");
    }
    return lastStep;
  }

  public void lastStep(StepResult r) {
    lastStep = r;
  }

  public LifecycleResult lastLifecycle() {
    return lastLifecycle;
  }

  public void lastLifecycle(LifecycleResult r) {
    lastLifecycle = r;
  }

  public WorkloadResult lastWorkload() {
    return lastWorkload;
  }

  public void lastWorkload(WorkloadResult r) {
    lastWorkload = r;
  }
}
