package dev.scimharness.learn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.util.Comparator;
import java.util.List;

/**
 * Learns a {@code simulators/}-style dialect from the requests one client sent to the recording server: its
 * connection test, the lookup before create, the create bodies, PUT or PATCH per step with the PATCH shapes as
 * sent, its import's paging, its headers and query encoding, and what the provocations showed of its retries and
 * its reading of 404. See docs/learned-dialects.md.
 */
public final class DialectLearner {
  private DialectLearner() {}

  /**
   * @throws IllegalArgumentException when the traffic holds no user or group create, without which a dialect is
   *     not complete (the simulator needs both)
   */
  public static LearnedDialect learn(String name, List<Recorded> traffic) {
    List<Recorded> ordered = traffic.stream().sorted(Comparator.comparingInt(Recorded::seq)).toList();
    Unknown unknown = new Unknown();
    List<Recorded> answered = ordered.stream()
        .filter(r -> r.provoked() != Recorded.Provoked.TOO_MANY_REQUESTS).toList();
    List<Seen> seen = answered.stream().map(Seen::of).toList();
    int probeEnd = Probe.end(seen);
    Steps steps = new Steps(unknown);
    steps.read(seen.subList(probeEnd, seen.size()));
    if (!steps.createsUsers() || !steps.createsGroups()) {
      throw new IllegalArgumentException("the recorded traffic (" + ordered.size() + " requests) has no "
          + (steps.createsUsers() ? "" : "POST /Users ") + (steps.createsGroups() ? "" : "POST /Groups ")
          + "after its connection test; provision at least one user and one group while recording");
    }
    ObjectNode y = Json.object();
    y.put("name", name);
    y.put("title", name + " (learned from " + ordered.size() + " recorded requests)");
    y.set("headers", WireLearner.headers(answered));
    String contentType = WireLearner.contentType(answered);
    if (contentType != null) {
      y.put("contentType", contentType);
    } else {
      y.put("contentType", Unknown.WORD);
      unknown.add("contentType", "no request had a body");
    }
    String space = WireLearner.space(answered);
    y.putObject("query").put("space", space == null ? Unknown.WORD : space);
    if (space == null) {
      unknown.add("query.space", "no query had a space");
    }
    y.set("retry", RetryLearner.learn(ordered, unknown));
    y.set("probe", Probe.operation(seen.subList(0, probeEnd)));
    y.set("users", steps.users());
    y.set("groups", steps.groups());
    return new LearnedDialect(y, unknown.fields(), ordered.size());
  }
}
