package dev.scimharness.simulator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The standard lifecycle the interop matrix is made of: two people (Pat, and Morgan her manager) assigned
 * while provisioning is on, one group; then every step in order. Steps not selected are skipped; what they
 * would have set up is set up by the harness when a later step needs it.
 */
public final class Lifecycle {
  private Lifecycle() {}

  public static LifecycleResult run(Dialect dialect, Transport transport, Set<LifecycleStep> steps,
                                    SimulatorRun.Options options) {
    IdpDirectory dir = new IdpDirectory();
    SimulatorRun sim = new SimulatorRun(dialect, transport, dir, options);
    String run = sim.runId();
    dir.enableProvisioning();
    IdpUser manager = dir.addUser("morgan.reyes." + run + "@example.com", "Morgan", "Reyes");
    IdpUser subject = dir.addUser("pat.lee." + run + "@example.com", "Pat", "Lee");
    dir.update(subject.withManager(manager.key()));
    dir.assign(manager.key());
    dir.assign(subject.key());
    IdpGroup group = dir.addGroup("Engineering " + run);

    List<StepResult> results = new ArrayList<>();
    for (LifecycleStep step : LifecycleStep.values()) {
      if (!steps.contains(step)) {
        continue;
      }
      if (step == LifecycleStep.MEMBER_REMOVE && dir.group(group.key()).memberKeys().isEmpty()) {
        // without the member-add step, the group holds both people, so removal must keep the other
        dir.update(dir.group(group.key()).withMembers(List.of(manager.key(), subject.key())));
      }
      results.add(switch (step) {
        case CONNECTION_TEST -> sim.connectionTest();
        case CREATE_OR_LINK -> sim.createOrLink();
        case PROFILE_UPDATE -> sim.profileUpdate(subject.key(), "Lee-Updated",
            "pat.lee.updated." + run + "@example.com");
        case DEACTIVATE -> sim.deactivate(subject.key());
        case REACTIVATE -> sim.reactivate(subject.key());
        case GROUP_PUSH -> sim.groupPush(group.key());
        case RENAME -> sim.rename(group.key(), "Platform Engineering " + run);
        case MEMBER_ADD -> sim.memberAdd(group.key(), List.of(manager.key(), subject.key()));
        case MEMBER_REMOVE -> sim.memberRemove(group.key(), subject.key());
        case IMPORT -> sim.importAll();
        case DELETE -> sim.delete(subject.key());
      });
    }
    List<StepExchange> cleanup = sim.cleanup();
    return new LifecycleResult(dialect.name(), dialect.title(), transport.endpoint().label(), results, cleanup);
  }

  public static LifecycleResult run(Dialect dialect, Transport transport) {
    return run(dialect, transport, EnumSet.allOf(LifecycleStep.class), SimulatorRun.Options.DEFAULT);
  }
}
