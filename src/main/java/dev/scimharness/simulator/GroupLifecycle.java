package dev.scimharness.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The group steps of a run: push (match, then link or create), rename, add and remove members. */
final class GroupLifecycle {
  private final RunState s;

  GroupLifecycle(RunState s) {
    this.s = s;
  }

  /** Pushes the group: match first when the IdP does, then create with no members. */
  StepResult push(String groupKey) {
    StepLog log = s.log(LifecycleStep.GROUP_PUSH);
    IdpGroup g = s.dir.group(groupKey);
    Vars vars = s.vars.group(g);
    Match m = s.dialect.groups().match();
    if (m != null) {
      Lookup found = s.calls.lookup(log, m, vars);
      if (found instanceof Lookup.Failed f) {
        return log.result(Outcome.FAIL, f.reason());
      }
      if (found instanceof Lookup.Found f) {
        s.dir.linkGroup(groupKey, f.id());
        return log.result(Outcome.PASS, "linked existing group " + f.id());
      }
    }
    Call create = s.dialect.groups().create();
    Answer a = s.calls.send(log, create, vars, null, create.expect());
    if (a == null || a.last().verdict() == Verdict.FAIL) {
      return log.result(Outcome.FAIL, a == null ? "the dialect's group template is broken"
          : "POST " + a.last().url() + ": " + a.last().reason());
    }
    String id = Harness.idOf(a.json());
    s.dir.linkGroup(groupKey, id);
    if (s.options.verify()) {
      String why = s.harness.check(log, "group exists", "/Groups/" + id, Checks.exists("displayName", g.displayName()));
      if (why != null) {
        return log.result(Outcome.FAIL, why);
      }
    }
    return log.result(Outcome.PASS, "created " + id);
  }

  StepResult rename(String groupKey, String newName) {
    StepLog log = s.log(LifecycleStep.RENAME);
    Operation op = s.dialect.groups().rename();
    if (!op.applicable()) {
      return log.result(Outcome.NOT_APPLICABLE, op.notApplicable());
    }
    String blocked = s.ensureGroup(log, s.dir.group(groupKey));
    if (blocked != null) {
      return log.result(Outcome.BLOCKED, blocked);
    }
    IdpGroup g = s.dir.group(groupKey).withDisplayName(newName);
    s.dir.update(g);
    return change(log, op, s.vars.group(g), g, "group renamed", Checks.exists("displayName", newName));
  }

  /** Adds the people to the group, one change per person as the IdP sees them happen. */
  StepResult memberAdd(String groupKey, List<String> userKeys) {
    StepLog log = s.log(LifecycleStep.MEMBER_ADD);
    Operation op = s.dialect.groups().memberAdd();
    if (!op.applicable()) {
      return log.result(Outcome.NOT_APPLICABLE, op.notApplicable());
    }
    String blocked = s.ensureGroup(log, s.dir.group(groupKey));
    for (String k : userKeys) {
      blocked = blocked == null ? s.ensureUser(log, s.dir.user(k)) : blocked;
    }
    if (blocked != null) {
      return log.result(Outcome.BLOCKED, blocked);
    }
    for (String k : userKeys) {
      IdpGroup g = s.dir.group(groupKey);
      List<String> members = new ArrayList<>(g.memberKeys());
      if (!members.contains(k)) {
        members.add(k);
      }
      g = g.withMembers(members);
      s.dir.update(g);
      StepResult r = change(log, op, s.vars.member(g, k), g, "member present",
          Checks.members(List.of(s.dir.targetId(k).orElseThrow()), List.of()));
      if (r.outcome() != Outcome.PASS) {
        return r;
      }
      s.memberOnTarget(groupKey, k, true);
    }
    return log.result(Outcome.PASS, "");
  }

  StepResult memberRemove(String groupKey, String userKey) {
    StepLog log = s.log(LifecycleStep.MEMBER_REMOVE);
    Operation op = s.dialect.groups().memberRemove();
    if (!op.applicable()) {
      return log.result(Outcome.NOT_APPLICABLE, op.notApplicable());
    }
    IdpGroup g = s.dir.group(groupKey);
    if (!g.memberKeys().contains(userKey)) {
      // the IdP removes someone it believes is a member: make it so on both sides first
      List<String> members = new ArrayList<>(g.memberKeys());
      members.add(userKey);
      g = g.withMembers(members);
      s.dir.update(g);
    }
    String blocked = s.ensureGroup(log, g);
    for (String k : g.memberKeys()) {
      blocked = blocked == null ? s.ensureUser(log, s.dir.user(k)) : blocked;
      blocked = blocked == null ? s.ensureMember(log, g, k) : blocked;
    }
    if (blocked != null) {
      return log.result(Outcome.BLOCKED, blocked);
    }
    List<String> remaining = new ArrayList<>(g.memberKeys());
    remaining.remove(userKey);
    IdpGroup after = g.withMembers(remaining);
    s.dir.update(after);
    List<String> stay = remaining.stream().map(k -> s.dir.targetId(k).orElseThrow()).toList();
    StepResult r = change(log, op, s.vars.member(after, userKey), after, "member removed, others kept",
        Checks.members(stay, List.of(s.dir.targetId(userKey).orElseThrow())));
    if (r.outcome() == Outcome.PASS) {
      s.memberOnTarget(groupKey, userKey, false);
    }
    return r;
  }

  private StepResult change(StepLog log, Operation op, Vars vars, IdpGroup g, String what,
                            Function<Answer, String> check) {
    return s.changeAndCheck(log, op, vars, what, "/Groups/" + s.dir.groupTargetId(g.key()).orElseThrow(), check);
  }
}
