package dev.scimharness.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plays one dialect against one target, one lifecycle step at a time, keeping the IdP's view in an
 * {@link IdpDirectory}. Each step records every exchange and fails where the IdP would fail.
 *
 * <p>Before a step, the harness makes sure the target holds what the IdP believes it holds (the users
 * linked, the group pushed, the members added), setting it up in textbook RFC 7644 when an earlier step
 * failed; so a failure shows at the step that causes it and does not cascade through the matrix.
 */
public final class SimulatorRun {
  /**
   * @param settle how long a check polls for a change to show (a provider may take "a few moments")
   * @param verify read back after each step that it took effect
   */
  public record Options(Duration settle, boolean verify) {
    public static final Options DEFAULT = new Options(Duration.ofSeconds(2), true);
  }

  private final RunState s;
  private final UserLifecycle users;
  private final GroupLifecycle groups;
  private final List<String> capturedNames = new ArrayList<>();

  public SimulatorRun(Dialect dialect, Transport transport, IdpDirectory dir, Options options) {
    this.s = new RunState(dialect, transport, dir, options);
    this.users = new UserLifecycle(s);
    this.groups = new GroupLifecycle(s);
  }

  public Dialect dialect() {
    return s.dialect;
  }

  public IdpDirectory directory() {
    return s.dir;
  }

  /** A short id unique to this run, used in the names it creates so runs never collide on a shared target. */
  public String runId() {
    return s.vars.runId();
  }

  public StepResult connectionTest() {
    StepLog log = s.log(LifecycleStep.CONNECTION_TEST);
    Operation op = s.dialect.probe();
    if (!op.applicable()) {
      return log.result(Outcome.NOT_APPLICABLE, op.notApplicable());
    }
    Vars vars = s.vars.base();
    String failure = s.calls.run(log, op, vars);
    for (String name : List.of("probeUserId", "probeGroupId")) {
      JsonNode v = vars.get(name);
      if (v != null && s.vars.captured.get(name) == null) {
        s.vars.captured.put(name, v);
        capturedNames.add(name);
      }
    }
    return failure == null ? log.result(Outcome.PASS, "") : log.result(Outcome.FAIL, failure);
  }

  /** Pushes every assigned person the IdP has queued: match first, link a hit, create otherwise. */
  public StepResult createOrLink() {
    return users.createOrLink();
  }

  /** Pushes one person (match, then link or create), without a read-back check: the workload's sync. */
  public StepResult push(String userKey) {
    return users.push(userKey);
  }

  /** The IdP changes the person's family name and work email, then sends its update. */
  public StepResult profileUpdate(String userKey, String familyName, String email) {
    return users.profileUpdate(userKey, familyName, email);
  }

  /** The IdP changes the person's userName and sends its profile update, not read back. */
  public StepResult changeUserName(String userKey, String newUserName) {
    return users.changeUserName(userKey, newUserName);
  }

  public StepResult deactivate(String userKey) {
    return users.deactivate(userKey);
  }

  public StepResult reactivate(String userKey) {
    return users.reactivate(userKey);
  }

  public StepResult delete(String userKey) {
    return users.delete(userKey);
  }

  /** Pushes the group: match first when the IdP does, then create with no members. */
  public StepResult groupPush(String groupKey) {
    return groups.push(groupKey);
  }

  public StepResult rename(String groupKey, String newName) {
    return groups.rename(groupKey, newName);
  }

  /** Adds the people to the group, one change per person as the IdP sees them happen. */
  public StepResult memberAdd(String groupKey, List<String> userKeys) {
    return groups.memberAdd(groupKey, userKeys);
  }

  public StepResult memberRemove(String groupKey, String userKey) {
    return groups.memberRemove(groupKey, userKey);
  }

  /** Pages through each collection as the IdP imports, and expects to see what it has linked. */
  public StepResult importAll() {
    StepLog log = s.log(LifecycleStep.IMPORT);
    ImportSpec spec = s.dialect.users().importing();
    if (!spec.applicable()) {
      return log.result(Outcome.NOT_APPLICABLE, spec.notApplicable());
    }
    IdpDirectory dir = s.dir;
    List<String> counts = new ArrayList<>();
    boolean byCursor = spec.cursorWhenAdvertised() && s.calls.advertisesCursors();
    for (String path : spec.paths()) {
      Call base = new Call("GET", path, null, null, null, null, null, null, null, "import " + path, null);
      CallRunner.Paged p = byCursor ? s.calls.pageByCursor(log, base, s.vars.base(), spec.pageSize())
          : s.calls.pageAll(log, base, s.vars.base(), spec.pageSize(), true);
      if (p.failure() != null) {
        return log.result(Outcome.FAIL, p.failure());
      }
      Set<String> ids = new HashSet<>();
      p.resources().forEach(r -> ids.add(Harness.idOf(r)));
      List<String> expected = path.equalsIgnoreCase("/Groups")
          ? dir.groups().stream().map(g -> dir.groupTargetId(g.key()).orElse(null)).toList()
          : dir.users().stream().map(u -> dir.targetId(u.key()).orElse(null)).toList();
      for (String id : expected) {
        if (id != null && !ids.contains(id)) {
          return log.result(Outcome.FAIL, "import of " + path + " read " + ids.size() + " resources but not " + id
              + ", which the IdP linked");
        }
      }
      counts.add(path + ": " + ids.size());
    }
    return log.result(Outcome.PASS, String.join(", ", counts));
  }

  /** Deletes, in textbook RFC 7644, what this run created and the IdP did not delete itself. */
  public List<StepExchange> cleanup() {
    IdpDirectory dir = s.dir;
    List<StepExchange> out = new ArrayList<>();
    for (IdpGroup g : dir.groups()) {
      dir.groupTargetId(g.key()).ifPresent(id -> out.addAll(s.harness.delete("/Groups/" + id)));
    }
    for (IdpUser u : dir.users()) {
      dir.targetId(u.key()).filter(id -> !s.deleted.contains(id))
          .ifPresent(id -> out.addAll(s.harness.delete("/Users/" + id)));
    }
    for (String name : capturedNames) {
      String path = name.endsWith("GroupId") ? "/Groups/" : "/Users/";
      out.addAll(s.harness.delete(path + s.vars.captured.get(name).asText()));
    }
    return out;
  }
}
