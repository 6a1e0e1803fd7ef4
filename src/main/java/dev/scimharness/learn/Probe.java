package dev.scimharness.learn;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The connection test: the requests a client sends before it provisions anyone. It ends at the first request that
 * belongs to the lifecycle: a change, a lookup whose value comes back later in the traffic (the user it then
 * creates), or a create whose resource is used later for more than its own deletion (JumpCloud's test user is
 * created and deleted at once; a provisioned user is changed or joins a group).
 */
final class Probe {
  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  private Probe() {}

  static int end(List<Seen> traffic) {
    for (int i = 0; i < traffic.size(); i++) {
      Seen s = traffic.get(i);
      if (s.change() || s.raw().provoked() == Recorded.Provoked.NOT_FOUND) {
        return i;
      }
      if (s.lookup()) {
        Matcher m = QUOTED.matcher(s.filter());
        if (m.find() && usedAfter(traffic, i, m.group(1), false)) {
          return i;
        }
      }
      if (s.create() && (s.createdId() == null || usedAfter(traffic, i, s.createdId(), true))) {
        return i;
      }
    }
    return traffic.size();
  }

  private static boolean usedAfter(List<Seen> traffic, int i, String value, boolean deletesDoNotCount) {
    for (Seen later : traffic.subList(i + 1, traffic.size())) {
      if (deletesDoNotCount && later.delete()) {
        continue;
      }
      Recorded r = later.raw();
      if (TrafficRecorder.decode(r.path()).contains(value) || TrafficRecorder.decode(r.rawQuery()).contains(value)
          || r.body().contains(value)) {
        return true;
      }
    }
    return false;
  }

  /** The probe's calls; a created test resource's id is captured for the calls that delete it. */
  static ObjectNode operation(List<Seen> probe) {
    ObjectNode op = Json.object();
    if (probe.isEmpty()) {
      op.put("notApplicable", "no request came before the first provisioning request");
      return op;
    }
    ArrayNode calls = op.putArray("calls");
    Map<String, String> known = new HashMap<>();
    for (Seen s : probe) {
      Templater t = new Templater(Attributes.Scope.PROBE, known);
      ObjectNode call = t.call(s);
      if (s.create() && s.createdId() != null) {
        String name = s.groups() ? "probeGroupId" : "probeUserId";
        call.putObject("capture").put(name, "/id");
        known.put(name, s.createdId());
      }
      known.putAll(t.values());
      calls.add(call);
    }
    return op;
  }
}
