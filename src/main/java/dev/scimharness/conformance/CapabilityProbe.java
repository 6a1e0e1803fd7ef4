package dev.scimharness.conformance;

import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.ScimClient;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.scim.MessageUrns;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that what a ServiceProviderConfig claims is backed by behaviour: a claimed capability must not be
 * answered 501 Not Implemented (or, for filter and sort, refused as a bad request). The probes create nothing.
 */
public final class CapabilityProbe {
  private CapabilityProbe() {}

  public static List<String> claimedButRefused(ScimClient client, Capabilities caps, String run) {
    List<String> problems = new ArrayList<>();
    probe(client, caps, Capability.PATCH, Request.of("PATCH", "/Users/no-such-" + run,
        "{\"schemas\":[\"" + MessageUrns.PATCH_OP + "\"],\"Operations\":[{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"x\"}]}"),
        false, problems);
    probe(client, caps, Capability.BULK, Request.of("POST", "/Bulk",
        "{\"schemas\":[\"" + MessageUrns.BULK_REQUEST + "\"],\"Operations\":[{\"method\":\"DELETE\",\"path\":\"/Users/no-such-"
            + run + "\"}]}"), false, problems);
    probe(client, caps, Capability.FILTER, Request.of("GET",
        "/Users?filter=userName%20eq%20%22" + run + "%22"), true, problems);
    probe(client, caps, Capability.SORT, Request.of("GET", "/Users?sortBy=userName&count=1"), true, problems);
    return problems;
  }

  private static void probe(ScimClient client, Capabilities caps, Capability c, Request request, boolean no400,
      List<String> problems) {
    if (caps.unsupported(c).isPresent()) {
      return;
    }
    ScimResponse r = client.send(request);
    if (r.status() == 501 || r.status() == 405 || (no400 && r.status() == 400) || r.status() >= 500) {
      problems.add(c.attribute() + ".supported is not false, but " + request.method() + " " + request.path()
          + " answered " + r.status() + ": " + abbreviate(r.redactedBody()));
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
