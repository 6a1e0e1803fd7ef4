package dev.scimharness.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

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

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Dialect dialect;
  private final IdpDirectory dir;
  private final CallRunner calls;
  private final Harness harness;
  private final Options options;
  private final String runId;
  private final Vars captured = new Vars();
  private final List<String> capturedNames = new ArrayList<>();
  private final Set<String> membersOnTarget = new HashSet<>();
  private final Set<String> deleted = new HashSet<>();

  public SimulatorRun(Dialect dialect, Transport transport, IdpDirectory dir, Options options) {
    this.dialect = dialect;
    this.dir = dir;
    this.calls = new CallRunner(dialect, transport);
    this.harness = new Harness(transport, options.settle());
    this.options = options;
    this.runId = Long.toString(Math.abs(RANDOM.nextLong()) % 2_176_782_336L, 36);
  }

  public Dialect dialect() {
    return dialect;
  }

  public IdpDirectory directory() {
    return dir;
  }

  /** A short id unique to this run, used in the names it creates so runs never collide on a shared target. */
  public String runId() {
    return runId;
  }

  public StepResult connectionTest() {
    StepLog log = new StepLog(LifecycleStep.CONNECTION_TEST);
    Operation op = dialect.probe();
    if (!op.applicable()) {
      return log.result(Outcome.NOT_APPLICABLE, op.notApplicable());
    }
    Vars vars = base();
    String failure = calls.run(log, op, vars);
    for (String name : List.of("probeUserId", "probeGroupId")) {
      JsonNode v = vars.get(name);
      if (v != null && captured.get(name) == null) {
        captured.put(name, v);
        capturedNames.add(name);
      }
    }
    return failure == null ? log.result(Outcome.PASS, "") : log.result(Outcome.FAIL, failure);
  }

  /** Pushes every assigned person the IdP has queued: match first, link a hit, create otherwise. */
  public StepResult createOrLink() {
    StepLog log = new StepLog(LifecycleStep.CREATE_OR_LINK);
    List<IdpUser> queue = dir.toPush();
    if (queue.isEmpty()) {
      return log.result(Outcome.PASS, "nothing to push: no one was assigned while provisioning was on");
    }
    List<String> failures = new ArrayList<>();
    List<String> linked = new ArrayList<>();
    for (IdpUser u : queue) {
      String f = pushUser(log, u);
      if (f != null) {
        failures.add(u.userName() + ": " + f);
      } else if (options.verify()) {
        String id = dir.targetId(u.key()).orElseThrow();
        String why = harness.check(log, "user " + u.userName() + " exists", "/Users/" + id,
            Checks.exists("userName", u.userName()));
        if (why != null) {
          failures.add(u.userName() + ": " + why);
        }
      }
      dir.targetId(u.key()).ifPresent(linked::add);
    }
    return failures.isEmpty() ? log.result(Outcome.PASS, "linked " + linked)
        : log.result(Outcome.FAIL, String.join("; ", failures));
  }

  /** Pushes one person (match, then link or create), without a read-back check: the workload's sync. */
  public StepResult push(String userKey) {
    StepLog log = new StepLog(LifecycleStep.CREATE_OR_LINK);
    String f = pushUser(log, dir.user(userKey));
    return f == null ? log.result(Outcome.PASS, "") : log.result(Outcome.FAIL, f);
  }

  private String pushUser(StepLog log, IdpUser u) {
    Vars vars = userVars(u);
    Match m = dialect.users().match();
    if (m != null) {
      Lookup found = calls.lookup(log, m, vars);
      if (found instanceof Lookup.Failed f) {
        return f.reason();
      }
      if (found instanceof Lookup.Found f) {
        dir.link(u.key(), f.id());
        return null;
      }
    }
    Call create = dialect.users().create();
    Answer a = calls.send(log, create, vars, null, create.expect());
    if (a == null) {
      return "the dialect's create template is broken";
    }
    if (a.last().verdict() == Verdict.FAIL) {
      String hint = a.status() == 409 && m != null ? " (the user exists, but the lookup before create did not find it)" : "";
      return "POST " + a.last().url() + ": " + a.last().reason() + hint;
    }
    dir.link(u.key(), Harness.idOf(a.json()));
    return null;
  }

  /** The IdP changes the person's family name and work email, then sends its update. */
  public StepResult profileUpdate(String userKey, String familyName, String email) {
    IdpUser u = dir.user(userKey).withFamilyName(familyName).withEmail(email);
    dir.update(u);
    return userChange(LifecycleStep.PROFILE_UPDATE, u, dialect.users().update(), "profile updated",
        Checks.profile(familyName, email));
  }

  /**
   * The IdP changes the person's userName and sends its profile update. Not checked by reading back: what a
   * provider makes of it is the point (the sigma guide: a new account, the old one untouched).
   */
  public StepResult changeUserName(String userKey, String newUserName) {
    IdpUser u = dir.user(userKey).withUserName(newUserName);
    dir.update(u);
    StepLog log = new StepLog(LifecycleStep.PROFILE_UPDATE);
    Operation op = dialect.users().update();
    String blocked = ensureUser(log, u);
    if (blocked != null) {
      return log.result(Outcome.BLOCKED, blocked);
    }
    String failure = calls.run(log, op, userVars(u));
    return failure == null ? log.result(Outcome.PASS, "") : log.result(Outcome.FAIL, failure);
  }

  public StepResult deactivate(String userKey) {
    IdpUser u = dir.user(userKey).withActive(false);
    dir.update(u);
    return userChange(LifecycleStep.DEACTIVATE, u, dialect.users().deactivate(), "user inactive", Checks.active(false));
  }

  public StepResult reactivate(String userKey) {
    IdpUser u = dir.user(userKey).withActive(true);
    dir.update(u);
    return userChange(LifecycleStep.REACTIVATE, u, dialect.users().reactivate(), "user active", Checks.active(true));
  }

  public StepResult delete(String userKey) {
    IdpUser u = dir.user(userKey);
    StepResult r = userChange(LifecycleStep.DELETE, u, dialect.users().delete(), "user gone", Checks.gone());
    if (r.outcome() == Outcome.PASS) {
      deleted.add(dir.targetId(userKey).orElse(""));
      dir.unlink(userKey);
      dir.unassign(userKey);
    }
    return r;
  }

  private StepResult userChange(LifecycleStep step, IdpUser u, Operation op, String what, Function<Answer, String> check) {
    StepLog log = new StepLog(step);
    if (!op.applicable()) {
      return log.result(Outcome.NOT_APPLICABLE, op.notApplicable());
    }
    String blocked = ensureUser(log, u);
    if (blocked == null && u.managerKey() != null) {
      blocked = ensureUser(log, dir.user(u.managerKey()));
    }
    if (blocked != null) {
      return log.result(Outcome.BLOCKED, blocked);
    }
    String failure = calls.run(log, op, userVars(u));
    if (failure != null) {
      return log.result(Outcome.FAIL, failure);
    }
    if (options.verify()) {
      String why = harness.check(log, what, "/Users/" + dir.targetId(u.key()).orElseThrow(), check);
      if (why != null) {
        return log.result(Outcome.FAIL, "accepted, but " + why);
      }
    }
    return log.result(Outcome.PASS, "");
  }

  /** Pushes the group: match first when the IdP does, then create with no members. */
  public StepResult groupPush(String groupKey) {
    StepLog log = new StepLog(LifecycleStep.GROUP_PUSH);
    IdpGroup g = dir.group(groupKey);
    Vars vars = groupVars(g);
    Match m = dialect.groups().match();
    if (m != null) {
      Lookup found = calls.lookup(log, m, vars);
      if (found instanceof Lookup.Failed f) {
        return log.result(Outcome.FAIL, f.reason());
      }
      if (found instanceof Lookup.Found f) {
        dir.linkGroup(groupKey, f.id());
        return log.result(Outcome.PASS, "linked existing group " + f.id());
      }
    }
    Call create = dialect.groups().create();
    Answer a = calls.send(log, create, vars, null, create.expect());
    if (a == null || a.last().verdict() == Verdict.FAIL) {
      return log.result(Outcome.FAIL, a == null ? "the dialect's group template is broken"
          : "POST " + a.last().url() + ": " + a.last().reason());
    }
    String id = Harness.idOf(a.json());
    dir.linkGroup(groupKey, id);
    if (options.verify()) {
      String why = harness.check(log, "group exists", "/Groups/" + id, Checks.exists("displayName", g.displayName()));
      if (why != null) {
        return log.result(Outcome.FAIL, why);
      }
    }
    return log.result(Outcome.PASS, "created " + id);
  }

  public StepResult rename(String groupKey, String newName) {
    StepLog log = new StepLog(LifecycleStep.RENAME);
    Operation op = dialect.groups().rename();
    if (!op.applicable()) {
      return log.result(Outcome.NOT_APPLICABLE, op.notApplicable());
    }
    String blocked = ensureGroup(log, dir.group(groupKey));
    if (blocked != null) {
      return log.result(Outcome.BLOCKED, blocked);
    }
    IdpGroup g = dir.group(groupKey).withDisplayName(newName);
    dir.update(g);
    return groupChange(log, op, groupVars(g), g, "group renamed", Checks.exists("displayName", newName));
  }

  /** Adds the people to the group, one change per person as the IdP sees them happen. */
  public StepResult memberAdd(String groupKey, List<String> userKeys) {
    StepLog log = new StepLog(LifecycleStep.MEMBER_ADD);
    Operation op = dialect.groups().memberAdd();
    if (!op.applicable()) {
      return log.result(Outcome.NOT_APPLICABLE, op.notApplicable());
    }
    String blocked = ensureGroup(log, dir.group(groupKey));
    for (String k : userKeys) {
      blocked = blocked == null ? ensureUser(log, dir.user(k)) : blocked;
    }
    if (blocked != null) {
      return log.result(Outcome.BLOCKED, blocked);
    }
    for (String k : userKeys) {
      IdpGroup g = dir.group(groupKey);
      List<String> members = new ArrayList<>(g.memberKeys());
      if (!members.contains(k)) {
        members.add(k);
      }
      g = g.withMembers(members);
      dir.update(g);
      StepResult r = groupChange(log, op, memberVars(g, k), g, "member present",
          Checks.members(List.of(dir.targetId(k).orElseThrow()), List.of()));
      if (r.outcome() != Outcome.PASS) {
        return r;
      }
      membersOnTarget.add(groupKey + "|" + k);
    }
    return log.result(Outcome.PASS, "");
  }

  public StepResult memberRemove(String groupKey, String userKey) {
    StepLog log = new StepLog(LifecycleStep.MEMBER_REMOVE);
    Operation op = dialect.groups().memberRemove();
    if (!op.applicable()) {
      return log.result(Outcome.NOT_APPLICABLE, op.notApplicable());
    }
    IdpGroup g = dir.group(groupKey);
    if (!g.memberKeys().contains(userKey)) {
      // the IdP removes someone it believes is a member: make it so on both sides first
      List<String> members = new ArrayList<>(g.memberKeys());
      members.add(userKey);
      g = g.withMembers(members);
      dir.update(g);
    }
    String blocked = ensureGroup(log, g);
    for (String k : g.memberKeys()) {
      blocked = blocked == null ? ensureUser(log, dir.user(k)) : blocked;
      blocked = blocked == null ? ensureMember(log, g, k) : blocked;
    }
    if (blocked != null) {
      return log.result(Outcome.BLOCKED, blocked);
    }
    List<String> remaining = new ArrayList<>(g.memberKeys());
    remaining.remove(userKey);
    IdpGroup after = g.withMembers(remaining);
    dir.update(after);
    List<String> stay = remaining.stream().map(k -> dir.targetId(k).orElseThrow()).toList();
    StepResult r = groupChange(log, op, memberVars(after, userKey), after, "member removed, others kept",
        Checks.members(stay, List.of(dir.targetId(userKey).orElseThrow())));
    if (r.outcome() == Outcome.PASS) {
      membersOnTarget.remove(groupKey + "|" + userKey);
    }
    return r;
  }

  private StepResult groupChange(StepLog log, Operation op, Vars vars, IdpGroup g, String what,
                                 Function<Answer, String> check) {
    String failure = calls.run(log, op, vars);
    if (failure != null) {
      return log.result(Outcome.FAIL, failure);
    }
    if (options.verify()) {
      String why = harness.check(log, what, "/Groups/" + dir.groupTargetId(g.key()).orElseThrow(), check);
      if (why != null) {
        return log.result(Outcome.FAIL, "accepted, but " + why);
      }
    }
    return log.result(Outcome.PASS, "");
  }

  /** Pages through each collection as the IdP imports, and expects to see what it has linked. */
  public StepResult importAll() {
    StepLog log = new StepLog(LifecycleStep.IMPORT);
    ImportSpec spec = dialect.users().importing();
    if (!spec.applicable()) {
      return log.result(Outcome.NOT_APPLICABLE, spec.notApplicable());
    }
    List<String> counts = new ArrayList<>();
    for (String path : spec.paths()) {
      Call base = new Call("GET", path, null, null, null, null, null, null, null, "import " + path);
      CallRunner.Paged p = calls.pageAll(log, base, base(), spec.pageSize(), true);
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
  public List<Exchange> cleanup() {
    List<Exchange> out = new ArrayList<>();
    for (IdpGroup g : dir.groups()) {
      dir.groupTargetId(g.key()).ifPresent(id -> out.addAll(harness.delete("/Groups/" + id)));
    }
    for (IdpUser u : dir.users()) {
      dir.targetId(u.key()).filter(id -> !deleted.contains(id)).ifPresent(id -> out.addAll(harness.delete("/Users/" + id)));
    }
    for (String name : capturedNames) {
      String path = name.endsWith("GroupId") ? "/Groups/" : "/Users/";
      out.addAll(harness.delete(path + captured.get(name).asText()));
    }
    return out;
  }

  private String ensureUser(StepLog log, IdpUser u) {
    if (dir.targetId(u.key()).isPresent()) {
      return null;
    }
    String id = harness.createUser(log, u);
    if (id == null) {
      return "the user " + u.userName() + " is not on the target and the harness could not create it";
    }
    dir.link(u.key(), id);
    return null;
  }

  private String ensureGroup(StepLog log, IdpGroup g) {
    if (dir.groupTargetId(g.key()).isPresent()) {
      return null;
    }
    String id = harness.createGroup(log, g);
    if (id == null) {
      return "the group " + g.displayName() + " is not on the target and the harness could not create it";
    }
    dir.linkGroup(g.key(), id);
    return null;
  }

  private String ensureMember(StepLog log, IdpGroup g, String userKey) {
    if (membersOnTarget.contains(g.key() + "|" + userKey)) {
      return null;
    }
    String gid = dir.groupTargetId(g.key()).orElseThrow();
    if (!harness.addMember(log, gid, dir.targetId(userKey).orElseThrow())) {
      return "the harness could not add " + dir.user(userKey).userName() + " to the group";
    }
    membersOnTarget.add(g.key() + "|" + userKey);
    return null;
  }

  private Vars base() {
    return new Vars()
        .put("runId", runId)
        .put("probeUserName", "probe." + runId + "@example.com")
        .put("probeGroupName", "Probe " + runId)
        .putAll(captured);
  }

  Vars userVars(IdpUser u) {
    Vars v = base()
        .put("userName", u.userName())
        .put("externalId", u.key())
        .put("givenName", u.givenName())
        .put("familyName", u.familyName())
        .put("displayName", u.displayName())
        .put("email", u.email())
        .put("employeeNumber", u.employeeNumber())
        .put("active", u.active())
        .put("locale", "en-US")
        .put("password", password());
    dir.targetId(u.key()).ifPresent(id -> v.put("id", id));
    if (u.managerKey() != null) {
      dir.targetId(u.managerKey()).ifPresent(id -> v.put("managerId", id));
    }
    return v;
  }

  private Vars groupVars(IdpGroup g) {
    ArrayNode members = Json.NODES.arrayNode();
    for (String k : g.memberKeys()) {
      dir.targetId(k).ifPresent(id -> {
        ObjectNode m = members.addObject();
        m.put("value", id);
        m.put("display", dir.user(k).userName());
      });
    }
    Vars v = base()
        .put("groupName", g.displayName())
        .put("groupExternalId", g.key())
        .put("members", members);
    dir.groupTargetId(g.key()).ifPresent(id -> v.put("groupId", id));
    return v;
  }

  private Vars memberVars(IdpGroup g, String userKey) {
    IdpUser u = dir.user(userKey);
    return groupVars(g)
        .put("memberId", dir.targetId(userKey).orElse(""))
        .put("memberDisplay", u.userName());
  }

  /** A placeholder password like the one Okta always sends: random, with each character class. */
  private static String password() {
    String alphabet = "abcdefghijkmnopqrstuvwxyz23456789";
    StringBuilder sb = new StringBuilder("Pw");
    for (int i = 0; i < 10; i++) {
      sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return sb.append("!7").toString();
  }
}
