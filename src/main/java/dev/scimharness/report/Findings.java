package dev.scimharness.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups a run's failed scenarios into {@link Finding}s, so that one defect reads as one finding however many
 * scenarios it breaks. The cause is read from the failure message (its first line is the expectation, a following
 * {@code at METHOD URI -> STATUS} line the exchange that broke it) and the attached exchange (its scimType).
 * Values that differ from scenario to scenario (quoted text, generated names and ids) are masked before comparing.
 */
public final class Findings {
  private static final Pattern AT = Pattern.compile("(?m)^\\s*at (\\S+) (\\S+) -> (.*)$");
  private static final Pattern FIRST_REQUEST = Pattern.compile("\\A(\\S+) (\\S+)");
  private static final Pattern ANSWER = Pattern.compile("(?m)^--> (\\d{3}|no response)");
  private static final Pattern SCIM_TYPE = Pattern.compile("\"scimType\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");
  // Generated ids, run names and versions: a token of 8+ characters mixing letters and digits.
  private static final Pattern GENERATED = Pattern.compile("\\b(?=[A-Za-z0-9._-]*\\d)(?=[A-Za-z0-9._-]*[A-Za-z])"
      + "[A-Za-z0-9._-]{8,}\\b");
  private static final Pattern ENDPOINT = Pattern.compile(
      "/(Users|Groups|Me|Bulk|ServiceProviderConfig|ResourceTypes|Schemas|\\.search)(?=[/?]|$)(.*)");

  private static final List<String> SELECTING = List.of("filter", "sortBy", "attributes", "excludedAttributes",
      "startIndex", "count");

  private Findings() {}

  /** The findings of {@code run}, largest first. */
  public static List<Finding> of(RunSummary run) {
    Map<String, List<ScenarioResult>> groups = new LinkedHashMap<>();
    Map<String, Cause> causes = new LinkedHashMap<>();
    for (ScenarioResult s : run.failures()) {
      Cause c = Cause.of(s);
      groups.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(s);
      causes.putIfAbsent(c.key(), c);
    }
    List<Finding> out = new ArrayList<>();
    groups.forEach((key, members) -> {
      Cause c = causes.get(key);
      String example = members.stream().map(ScenarioResult::exchange).filter(e -> e != null).findFirst().orElse(null);
      out.add(new Finding(c.family, c.status, c.scimType, c.rule, sections(members), example, members));
    });
    out.sort(Comparator.comparingInt((Finding f) -> -f.scenarios().size()).thenComparing(Finding::title));
    return out;
  }

  private static List<String> sections(List<ScenarioResult> members) {
    Map<String, Integer> n = new LinkedHashMap<>();
    members.forEach(s -> s.sections().forEach(sec -> n.merge(sec, 1, Integer::sum)));
    return n.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .map(Map.Entry::getKey).toList();
  }

  /** Where an exchange went, as a family: {@code PATCH /Users/{id}}, {@code GET /Users?filter}. */
  static String family(String method, String uri) {
    String path = uri.replaceFirst("^[a-zA-Z]+://[^/]*", "");
    Matcher m = ENDPOINT.matcher(path);
    String endpoint;
    String rest;
    if (m.find()) {
      endpoint = "/" + m.group(1);
      rest = m.group(2);
    } else {
      int q = path.indexOf('?');
      endpoint = q < 0 ? path : path.substring(0, q);
      rest = q < 0 ? "" : path.substring(q);
    }
    int q = rest.indexOf('?');
    String sub = q < 0 ? rest : rest.substring(0, q);
    String query = q < 0 ? "" : rest.substring(q + 1);
    StringBuilder f = new StringBuilder(method.toUpperCase(Locale.ROOT)).append(' ').append(endpoint);
    for (String seg : sub.split("/")) {
      if (!seg.isEmpty()) {
        f.append('/').append(seg.startsWith(".") || seg.startsWith("urn:") ? seg : "{id}");
      }
    }
    List<String> names = new ArrayList<>();
    for (String p : query.split("&")) {
      names.add(p.split("=", 2)[0]);
    }
    // The parameter that selects what the request does names the family; paging and projection ride along.
    for (String kind : SELECTING) {
      if (names.contains(kind)) {
        return f.append('?').append(kind).toString();
      }
    }
    return f.toString();
  }

  /** The expectation with what differs between scenarios masked. */
  static String rule(String reason) {
    if (reason == null || reason.isBlank()) {
      return "(no message)";
    }
    String first = reason.lines().findFirst().orElse("").trim();
    first = QUOTED.matcher(first).replaceAll("\"…\"");
    return GENERATED.matcher(first).replaceAll("…");
  }

  private record Cause(String family, String status, String scimType, String rule) {
    static Cause of(ScenarioResult s) {
      String reason = s.reason() == null ? "" : s.reason();
      String exchange = s.exchange() == null ? "" : s.exchange();
      String family = "no request";
      String status = "";
      Matcher at = AT.matcher(reason);
      Matcher req = FIRST_REQUEST.matcher(exchange);
      if (at.find()) {
        family = Findings.family(at.group(1), at.group(2));
        status = at.group(3).trim().startsWith("no response") ? "no response" : at.group(3).trim();
      } else if (req.find()) {
        family = Findings.family(req.group(1), req.group(2));
        Matcher a = ANSWER.matcher(exchange);
        status = a.find() ? a.group(1) : "";
      }
      Matcher t = SCIM_TYPE.matcher(exchange);
      String scimType = t.find() ? t.group(1) : null;
      return new Cause(family, status, scimType, Findings.rule(reason));
    }

    String key() {
      return family + "|" + status + "|" + scimType + "|" + rule;
    }
  }
}
