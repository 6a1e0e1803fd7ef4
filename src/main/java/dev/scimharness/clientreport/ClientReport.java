package dev.scimharness.clientreport;

import dev.scimharness.requirements.Level;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a client sent, graded: findings grouped by rule (most severe level first, then most frequent), the
 * verdict per RFC level, and the shipped dialects that send the same shapes.
 *
 * @param source   where the traffic came from (a live server, a lint log file)
 * @param requests requests graded, or -1 when the source holds only the requests with findings (a lint log)
 * @param requestsByStage requests graded per step (findings or not); empty for a lint log
 */
public record ClientReport(Instant generated, String source, long requests, Map<Stage, Long> requestsByStage,
    List<RuleGroup> groups, List<DialectMatch> likeDialects) {
  public ClientReport {
    requestsByStage = Map.copyOf(requestsByStage);
    groups = List.copyOf(groups);
    likeDialects = List.copyOf(likeDialects);
  }

  public long findings() {
    return groups.stream().mapToLong(RuleGroup::count).sum();
  }

  public List<RuleGroup> at(Level level) {
    return groups.stream().filter(g -> g.level() == level).toList();
  }

  public long findingsAt(Level level) {
    return at(level).stream().mapToLong(RuleGroup::count).sum();
  }

  public ClientVerdict verdict() {
    if (!at(Level.MUST).isEmpty()) {
      return ClientVerdict.MUST_BROKEN;
    }
    if (!at(Level.SHOULD).isEmpty()) {
      return ClientVerdict.SHOULD_ONLY;
    }
    return groups.isEmpty() ? ClientVerdict.CLEAN : ClientVerdict.MAY_ONLY;
  }

  /** One line of totals, as the server prints its progress. */
  public String totals() {
    return (requests < 0 ? "" : requests + " requests graded, ") + findings() + " findings of " + groups.size()
        + " rules (MUST " + at(Level.MUST).size() + ", SHOULD " + at(Level.SHOULD).size() + ", MAY "
        + at(Level.MAY).size() + "): " + verdict().text();
  }
}
