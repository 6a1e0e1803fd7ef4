package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.filter.Filter;
import dev.scimharness.filter.FilterEvaluator;
import dev.scimharness.filter.FilterParser;
import dev.scimharness.scim.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One filter try, a differential test: the users the target returns for {@code userName sw "<run>-f" and (F)} must
 * be exactly those the filter engine selects among the population as the target showed it, judged with the target's
 * own declared {@code caseExact} (RFC 7643 §2.2, §7). A filter the target does not support may be refused, with 400
 * {@code invalidFilter} (RFC 7644 §3.4.2.2); a malformed one must be.
 */
final class FilterProperty {
  private FilterProperty() {}

  /** The population as read back: created once per run, deleted by the target's ledger. */
  record ReadBack(List<ObjectNode> users) {}

  static ReadBack setUp(FuzzTarget target, List<ObjectNode> users) {
    List<ObjectNode> read = new ArrayList<>();
    for (ObjectNode u : users) {
      StringBuilder why = new StringBuilder();
      String location = target.create("Users", Population.creation(target, u), why);
      ObjectNode back = location == null ? null : PatchProperty.read(target, location);
      if (back == null) {
        throw new FuzzTarget.SetUpFailed("the filter population could not be created: "
            + (why.isEmpty() ? "GET " + location + " failed" : why));
      }
      read.add(back);
    }
    return new ReadBack(read);
  }

  static TryResult run(FuzzTarget target, ReadBack population, FilterCase c) {
    String filter = target.substitute(c.filter(), null);
    String scoped = scoped(c.filter()) ? filter : "userName sw \"" + target.runId() + "-f\" and (" + filter + ")";
    Filter parsed;
    String engineRefusal = null;
    try {
      parsed = FilterParser.parse(scoped);
      FilterEvaluator.validate(parsed, target.declaredUsers());
    } catch (RuntimeException e) {
      parsed = null;
      engineRefusal = e.getMessage();
    }
    ScimResponse reply = target.client().send(Request.of("GET", "/Users?count=100&filter="
        + URLEncoder.encode(scoped, StandardCharsets.UTF_8).replace("+", "%20")));
    int status = reply.status();
    String seen = "GET /Users?filter=" + scoped + " answered " + reply.status() + " " + summary(reply);
    List<Violation> v = new ArrayList<>();
    List<String> choices = new ArrayList<>();
    boolean malformed = isMalformed(scoped);
    if (status >= 500 || status == 0) {
      v.add(new Violation(Rule.SERVER_ERROR, seen));
      return new TryResult(v, choices, "answered " + status);
    }
    if (status >= 400) {
      String type = PatchProperty.scimType(reply);
      if (status != 400 || !"invalidFilter".equals(type)) {
        v.add(new Violation(Rule.FILTER_REFUSAL, seen + "; a filter it does not take is refused with 400"
            + " invalidFilter"));
      } else if (parsed != null) {
        choices.add("refuses a filter RFC 7644 allows: " + operators(filter));
      }
      return new TryResult(v, choices, malformed ? "refused (malformed)" : "refused");
    }
    if (malformed) {
      v.add(new Violation(Rule.FILTER_REFUSAL, seen + "; a malformed filter is refused with 400 invalidFilter"));
      return new TryResult(v, choices, "accepted (malformed)");
    }
    if (parsed == null) {
      choices.add("accepts a filter the engine refuses (" + engineRefusal + ")");
      return new TryResult(v, choices, "accepted (engine refuses)");
    }
    Set<String> want = new TreeSet<>();
    for (ObjectNode u : population.users()) {
      if (FilterEvaluator.matches(parsed, u, target.declaredUsers())) {
        want.add(u.get("id").asText());
      }
    }
    Set<String> got = new TreeSet<>();
    JsonNode resources = reply.json() == null ? null : Json.field(reply.json(), "Resources");
    if (resources != null) {
      resources.forEach(r -> got.add(Json.field(r, "id") == null ? Json.write(r) : Json.field(r, "id").asText()));
    }
    if (!want.equals(got)) {
      v.add(new Violation(Rule.FILTER_RESULT, seen + "; the filter matches " + want + " of the population "
          + ids(population)));
    }
    return new TryResult(v, choices, want.isEmpty() ? "matched none" : "matched " + want.size());
  }

  /** A lookup of one of the population's userNames can only select them: it is sent as it is. */
  static boolean scoped(String filter) {
    return SCOPED.matcher(filter).matches();
  }

  private static final Pattern SCOPED = Pattern.compile("(?i)username eq \"\\{\\{p\\}\\}-f[^\"]*\"");

  private static boolean isMalformed(String filter) {
    try {
      FilterParser.parse(filter);
      return false;
    } catch (RuntimeException e) {
      return true;
    }
  }

  /** The operators a filter uses, for the profile of what a target refuses. */
  private static String operators(String filter) {
    Set<String> ops = new TreeSet<>();
    for (String word : filter.split("[\\s()\\[\\]]+")) {
      if (word.matches("(?i)eq|ne|co|sw|ew|gt|ge|lt|le|pr|and|or|not")) {
        ops.add(word.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return String.join(" ", ops);
  }

  /** The population by id, without what no generated filter looks at. */
  private static String ids(ReadBack population) {
    StringBuilder sb = new StringBuilder();
    for (ObjectNode u : population.users()) {
      ObjectNode shown = u.deepCopy();
      shown.remove(List.of("schemas", "meta", "id"));
      sb.append(sb.isEmpty() ? "" : ", ").append(u.get("id").asText()).append('=').append(Json.write(shown));
    }
    return "[" + sb + "]";
  }

  /** A list response as the ids it returned; anything else as it came. */
  private static String summary(ScimResponse reply) {
    JsonNode resources = reply.json() == null ? null : Json.field(reply.json(), "Resources");
    if (reply.status() != 200 || resources == null) {
      return reply.status() == 0 ? "(no answer: " + reply.exchange().error() + ")" : reply.redactedBody();
    }
    List<String> ids = new ArrayList<>();
    resources.forEach(r -> ids.add(String.valueOf(Json.field(r, "id"))));
    return "with ids " + ids;
  }
}
