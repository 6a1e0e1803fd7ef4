package dev.scimharness.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.security.SecureRandom;

/** The values a dialect's templates are filled from: the run's, the person's or the group's as the IdP sees them. */
final class RunVars {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdpDirectory dir;
  private final String runId;
  /** What the connection test captured (a probe's test user), for later templates and the cleanup. */
  final Vars captured = new Vars();

  RunVars(IdpDirectory dir) {
    this.dir = dir;
    this.runId = Long.toString(Math.abs(RANDOM.nextLong()) % 2_176_782_336L, 36);
  }

  String runId() {
    return runId;
  }

  Vars base() {
    return new Vars()
        .put("runId", runId)
        .put("probeUserName", "probe." + runId + "@example.com")
        .put("probeGroupName", "Probe " + runId)
        .putAll(captured);
  }

  Vars user(IdpUser u) {
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

  Vars group(IdpGroup g) {
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

  Vars member(IdpGroup g, String userKey) {
    IdpUser u = dir.user(userKey);
    return group(g)
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
