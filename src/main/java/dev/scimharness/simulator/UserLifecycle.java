package dev.scimharness.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The user steps of a run: push (match, then link or create), update, (de/re)activate, delete. */
final class UserLifecycle {
  private final RunState s;

  UserLifecycle(RunState s) {
    this.s = s;
  }

  /** Pushes every assigned person the IdP has queued: match first, link a hit, create otherwise. */
  StepResult createOrLink() {
    StepLog log = s.log(LifecycleStep.CREATE_OR_LINK);
    List<IdpUser> queue = s.dir.toPush();
    if (queue.isEmpty()) {
      return log.result(Outcome.PASS, "nothing to push: no one was assigned while provisioning was on");
    }
    List<String> failures = new ArrayList<>();
    List<String> linked = new ArrayList<>();
    for (IdpUser u : queue) {
      String f = pushUser(log, u);
      if (f != null) {
        failures.add(u.userName() + ": " + f);
      } else if (s.options.verify()) {
        String id = s.dir.targetId(u.key()).orElseThrow();
        String why = s.harness.check(log, "user " + u.userName() + " exists", "/Users/" + id,
            Checks.exists("userName", u.userName()));
        if (why != null) {
          failures.add(u.userName() + ": " + why);
        }
      }
      s.dir.targetId(u.key()).ifPresent(linked::add);
    }
    return failures.isEmpty() ? log.result(Outcome.PASS, "linked " + linked)
        : log.result(Outcome.FAIL, String.join("; ", failures));
  }

  /** Pushes one person (match, then link or create), without a read-back check: the workload's sync. */
  StepResult push(String userKey) {
    StepLog log = s.log(LifecycleStep.CREATE_OR_LINK);
    String f = pushUser(log, s.dir.user(userKey));
    return f == null ? log.result(Outcome.PASS, "") : log.result(Outcome.FAIL, f);
  }

  private String pushUser(StepLog log, IdpUser u) {
    Vars vars = s.vars.user(u);
    Match m = s.dialect.users().match();
    if (m != null) {
      Lookup found = s.calls.lookup(log, m, vars);
      if (found instanceof Lookup.Failed f) {
        return f.reason();
      }
      if (found instanceof Lookup.Found f) {
        s.dir.link(u.key(), f.id());
        return null;
      }
    }
    Call create = s.dialect.users().create();
    Answer a = s.calls.send(log, create, vars, null, create.expect());
    if (a == null) {
      return "the dialect's create template is broken";
    }
    if (a.last().verdict() == Verdict.FAIL) {
      String hint = a.status() == 409 && m != null ? " (the user exists, but the lookup before create did not find it)" : "";
      return "POST " + a.last().url() + ": " + a.last().reason() + hint;
    }
    s.dir.link(u.key(), Harness.idOf(a.json()));
    return null;
  }

  /** The IdP changes the person's family name and work email, then sends its update. */
  StepResult profileUpdate(String userKey, String familyName, String email) {
    IdpUser u = s.dir.user(userKey).withFamilyName(familyName).withEmail(email);
    s.dir.update(u);
    return change(LifecycleStep.PROFILE_UPDATE, u, s.dialect.users().update(), "profile updated",
        Checks.profile(familyName, email));
  }

  /**
   * The IdP changes the person's userName and sends its profile update. Not checked by reading back: what a
   * provider makes of it is the point (the sigma guide: a new account, the old one untouched).
   */
  StepResult changeUserName(String userKey, String newUserName) {
    IdpUser u = s.dir.user(userKey).withUserName(newUserName);
    s.dir.update(u);
    StepLog log = s.log(LifecycleStep.PROFILE_UPDATE);
    Operation op = s.dialect.users().update();
    String blocked = s.ensureUser(log, u);
    if (blocked != null) {
      return log.result(Outcome.BLOCKED, blocked);
    }
    String failure = s.calls.run(log, op, s.vars.user(u));
    return failure == null ? log.result(Outcome.PASS, "") : log.result(Outcome.FAIL, failure);
  }

  StepResult deactivate(String userKey) {
    IdpUser u = s.dir.user(userKey).withActive(false);
    s.dir.update(u);
    return change(LifecycleStep.DEACTIVATE, u, s.dialect.users().deactivate(), "user inactive", Checks.active(false));
  }

  StepResult reactivate(String userKey) {
    IdpUser u = s.dir.user(userKey).withActive(true);
    s.dir.update(u);
    return change(LifecycleStep.REACTIVATE, u, s.dialect.users().reactivate(), "user active", Checks.active(true));
  }

  StepResult delete(String userKey) {
    IdpUser u = s.dir.user(userKey);
    StepResult r = change(LifecycleStep.DELETE, u, s.dialect.users().delete(), "user gone", Checks.gone());
    if (r.outcome() == Outcome.PASS) {
      s.deleted.add(s.dir.targetId(userKey).orElse(""));
      s.dir.unlink(userKey);
      s.dir.unassign(userKey);
    }
    return r;
  }

  private StepResult change(LifecycleStep step, IdpUser u, Operation op, String what, Function<Answer, String> check) {
    StepLog log = s.log(step);
    if (!op.applicable()) {
      return log.result(Outcome.NOT_APPLICABLE, op.notApplicable());
    }
    String blocked = s.ensureUser(log, u);
    if (blocked == null && u.managerKey() != null) {
      blocked = s.ensureUser(log, s.dir.user(u.managerKey()));
    }
    if (blocked != null) {
      return log.result(Outcome.BLOCKED, blocked);
    }
    return s.changeAndCheck(log, op, s.vars.user(u), what, "/Users/" + s.dir.targetId(u.key()).orElseThrow(), check);
  }
}
