package dev.scimharness.simulator;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What one simulator run shares between its steps: the dialect, the IdP's directory, how it sends, and what
 * it knows is on the target. Before a step, {@code ensure…} makes the target hold what the IdP believes it
 * holds, set up by the harness in textbook RFC 7644 when an earlier step failed to, so a failure shows at
 * the step that causes it and does not cascade.
 */
final class RunState {
  final Dialect dialect;
  final IdpDirectory dir;
  final CallRunner calls;
  final Harness harness;
  final SimulatorRun.Options options;
  final RunVars vars;
  /** Target ids of the users the IdP deleted itself, which the cleanup leaves alone. */
  final Set<String> deleted = new HashSet<>();
  private final Set<String> membersOnTarget = new HashSet<>();

  RunState(Dialect dialect, Transport transport, IdpDirectory dir, SimulatorRun.Options options) {
    this.dialect = dialect;
    this.dir = dir;
    this.calls = new CallRunner(dialect, transport);
    this.harness = new Harness(transport, options.settle());
    this.options = options;
    this.vars = new RunVars(dir);
  }

  StepLog log(LifecycleStep step) {
    return harness.log(step);
  }

  /**
   * Sends the IdP's calls for a change and, when the run verifies, reads {@code path} back until
   * {@code check} finds the change there (or the settle time passes).
   */
  StepResult changeAndCheck(StepLog log, Operation op, Vars values, String what, String path,
      Function<Answer, String> check) {
    String failure = calls.run(log, op, values);
    if (failure != null) {
      return log.result(Outcome.FAIL, failure);
    }
    if (options.verify()) {
      String why = harness.check(log, what, path, check);
      if (why != null) {
        return log.result(Outcome.FAIL, "accepted, but " + why);
      }
    }
    return log.result(Outcome.PASS, "");
  }

  /** {@code null} when the user is on the target (now), else why the step cannot go on. */
  String ensureUser(StepLog log, IdpUser u) {
    return ensure(dir.targetId(u.key()).isPresent(), () -> harness.createUser(log, u), id -> dir.link(u.key(), id),
        "the user " + u.userName());
  }

  String ensureGroup(StepLog log, IdpGroup g) {
    return ensure(dir.groupTargetId(g.key()).isPresent(), () -> harness.createGroup(log, g),
        id -> dir.linkGroup(g.key(), id), "the group " + g.displayName());
  }

  private static String ensure(boolean onTarget, Supplier<String> create, Consumer<String> link, String what) {
    if (onTarget) {
      return null;
    }
    String id = create.get();
    if (id == null) {
      return what + " is not on the target and the harness could not create it";
    }
    link.accept(id);
    return null;
  }

  String ensureMember(StepLog log, IdpGroup g, String userKey) {
    if (membersOnTarget.contains(g.key() + "|" + userKey)) {
      return null;
    }
    String gid = dir.groupTargetId(g.key()).orElseThrow();
    if (!harness.addMember(log, gid, dir.targetId(userKey).orElseThrow())) {
      return "the harness could not add " + dir.user(userKey).userName() + " to the group";
    }
    memberOnTarget(g.key(), userKey, true);
    return null;
  }

  void memberOnTarget(String groupKey, String userKey, boolean present) {
    if (present) {
      membersOnTarget.add(groupKey + "|" + userKey);
    } else {
      membersOnTarget.remove(groupKey + "|" + userKey);
    }
  }
}
