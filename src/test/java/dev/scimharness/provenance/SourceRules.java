package dev.scimharness.provenance;

import dev.scimharness.simulator.Deviation;
import dev.scimharness.simulator.Dialect;
import dev.scimharness.simulator.GroupSteps;
import dev.scimharness.simulator.UserSteps;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule's source must be: at least one https URL a reader can open. A dialect names one for itself, for
 * every step it models and for every deviation; a seeded fault names the public tracker entries it models or,
 * when it models none, the RFC section it breaks.
 */
final class SourceRules {
  private static final Pattern RFC_RULE = Pattern.compile("RFC (\\d+) §([\\d.]+)");
  private static final Pattern TRACKER = Pattern.compile("https://github\\.com/[^/]+/[^/]+/(?:issues|pull)/\\d+");

  private SourceRules() {}

  /** Each source a dialect carries, keyed by where it sits in the file ({@code users.create}, {@code deviation 2}). */
  static Map<String, List<String>> sourcesOf(Dialect d) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    out.put("source", d.source());
    out.put("probe", d.probe().source());
    UserSteps u = d.users();
    if (u.match() != null) {
      out.put("users.match", u.match().source());
    }
    out.put("users.create", u.create().source());
    out.put("users.update", u.update().source());
    out.put("users.deactivate", u.deactivate().source());
    out.put("users.reactivate", u.reactivate().source());
    out.put("users.delete", u.delete().source());
    out.put("users.import", u.importing().source());
    GroupSteps g = d.groups();
    if (g.match() != null) {
      out.put("groups.match", g.match().source());
    }
    out.put("groups.create", g.create().source());
    out.put("groups.rename", g.rename().source());
    out.put("groups.memberAdd", g.memberAdd().source());
    out.put("groups.memberRemove", g.memberRemove().source());
    for (int i = 0; i < d.deviations().size(); i++) {
      Deviation v = d.deviations().get(i);
      out.put("deviation " + (i + 1) + " (" + v.step() + ", " + v.rule() + ")", v.source());
    }
    return out;
  }

  /** What is wrong with the sources of a dialect: one line per place without a usable source. */
  static List<String> problems(Dialect d) {
    List<String> out = new ArrayList<>();
    sourcesOf(d).forEach((where, urls) -> out.addAll(urlProblems(d.name() + " " + where, urls)));
    return out;
  }

  /** What is wrong with the sources of a seeded fault that breaks {@code rule} ("RFC 7644 §3.3"). */
  static List<String> faultProblems(String fault, String rule, List<String> sources) {
    List<String> out = new ArrayList<>(urlProblems(fault, sources));
    if (out.isEmpty() && sources.stream().noneMatch(s -> TRACKER.matcher(s).matches())) {
      String section = rfcUrl(rule);
      if (section == null || !sources.contains(section)) {
        out.add(fault + ": models no public tracker entry, so it must cite the section it breaks: "
            + (section == null ? "\"" + rule + "\" names no RFC section" : section));
      }
    }
    return out;
  }

  /** The rfc-editor.org URL of an RFC section written as "RFC 7644 §3.4.2", or null. */
  static String rfcUrl(String rule) {
    Matcher m = RFC_RULE.matcher(rule);
    return m.matches() ? "https://www.rfc-editor.org/rfc/rfc" + m.group(1) + "#section-" + m.group(2) : null;
  }

  static List<String> urlProblems(String where, List<String> urls) {
    List<String> out = new ArrayList<>();
    if (urls.isEmpty()) {
      out.add(where + ": no source");
    }
    for (String u : urls) {
      if (!isOpenableUrl(u)) {
        out.add(where + ": \"" + u + "\" is not an https URL");
      }
    }
    return out;
  }

  static boolean isOpenableUrl(String s) {
    try {
      URI u = new URI(s);
      return "https".equals(u.getScheme()) && u.getHost() != null && !u.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
