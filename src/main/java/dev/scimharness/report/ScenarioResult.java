package dev.scimharness.report;

import dev.scimharness.requirements.Level;
import java.util.List;
import java.util.Locale;

/**
 * One scenario's result as the reports hold it. {@code reason} is the skip reason or the failed expectation;
 * {@code exchange} the redacted request and response that failed (or {@code null}).
 */
public record ScenarioResult(
    String id,
    String name,
    String feature,
    String uri,
    int line,
    Outcome status,
    List<String> tags,
    String reason,
    String exchange,
    long millis) {

  public ScenarioResult {
    tags = List.copyOf(tags);
  }

  public Level level() {
    return Level.of(tags);
  }

  /** RFC section tags such as {@code rfc7644-3.4.2.2}; "untagged" when there are none. */
  public List<String> sections() {
    List<String> s = tags.stream().filter(t -> t.toLowerCase(Locale.ROOT).startsWith("@rfc"))
        .map(t -> t.substring(1)).toList();
    return s.isEmpty() ? List.of("untagged") : s;
  }

  /** The id of this scenario in summaries written before the {@code @id-…} tags: {@code uri::name}. */
  public String legacyId() {
    return uri + "::" + name;
  }

  public ScenarioResult withId(String newId) {
    return new ScenarioResult(newId, name, feature, uri, line, status, tags, reason, exchange, millis);
  }
}
