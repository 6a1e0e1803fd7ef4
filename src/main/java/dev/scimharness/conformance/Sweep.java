package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.ScimClient;
import dev.scimharness.endpoint.ScimResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Deletes what a run left on the target, found by the run's name prefix: every scenario names its users and groups
 * with its run id, which starts with the prefix. Only a name holding the prefix followed by a scenario's five
 * characters is deleted, so data that merely shares the prefix stays. Scenarios clean up after themselves; this is
 * for what an aborted or failing clean-up left behind.
 */
public final class Sweep {
  private static final int PAGE = 100;
  private static final int MAX_PAGES = 50;

  private Sweep() {}

  /** What was deleted, as a line for the summary. */
  public static String run(ScimClient client, String prefix) {
    Pattern ours = Pattern.compile("(?i).*" + Pattern.quote(prefix) + "[a-z0-9]{5}.*");
    int deleted = 0;
    List<String> problems = new ArrayList<>();
    for (String[] kind : List.of(new String[] {"Groups", "displayName"}, new String[] {"Users", "userName"})) {
      List<String> ids = find(client, kind[0], kind[1], prefix, ours, problems);
      for (String id : ids) {
        int s = client.send(Request.of("DELETE", "/" + kind[0] + "/" + id)).status();
        if (s == 204 || s == 200 || s == 404) {
          deleted++;
        } else {
          problems.add("DELETE /" + kind[0] + "/" + id + " answered " + s);
        }
      }
    }
    return "deleted " + deleted + " resource(s) named with prefix " + prefix
        + (problems.isEmpty() ? "" : "; " + String.join("; ", problems));
  }

  private static List<String> find(ScimClient client, String collection, String attribute, String prefix,
      Pattern ours, List<String> problems) {
    for (String op : List.of("co", "sw")) {
      String filter = URLEncoder.encode(attribute + " " + op + " \"" + prefix + "\"", StandardCharsets.UTF_8);
      List<String> ids = new ArrayList<>();
      boolean ok = true;
      for (int page = 0; page < MAX_PAGES; page++) {
        ScimResponse r = client.send(Request.of("GET", "/" + collection + "?filter=" + filter + "&startIndex="
            + (1 + page * PAGE) + "&count=" + PAGE));
        JsonNode resources = r.json() == null ? null : r.json().get("Resources");
        if (r.status() != 200 || r.json() == null) {
          ok = false;
          break;
        }
        if (resources == null || resources.isEmpty()) {
          break;
        }
        for (JsonNode n : resources) {
          String name = n.path(attribute).asText("");
          if (ours.matcher(name).matches() && n.hasNonNull("id") && !ids.contains(n.get("id").asText())) {
            ids.add(n.get("id").asText());
          }
        }
        if (resources.size() < PAGE && page * PAGE + resources.size() >= n(r.json(), "totalResults")) {
          break;
        }
      }
      if (ok) {
        return ids;
      }
    }
    problems.add("/" + collection + " could not be filtered with co or sw; nothing found there");
    return List.of();
  }

  private static int n(JsonNode json, String field) {
    return json.path(field).asInt(0);
  }
}
