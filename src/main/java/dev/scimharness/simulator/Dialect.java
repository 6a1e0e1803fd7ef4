package dev.scimharness.simulator;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one IdP talks SCIM, read from {@code simulators/<name>.yaml}: the headers it sends, how it encodes
 * queries, how it retries, and the requests of each lifecycle step. A new IdP is a new file, not new code.
 *
 * @param source the IdP's public SCIM documentation the dialect as a whole follows; each step names its own
 * @param deviations where this IdP departs from RFC 7644, so that a strict server is expected to refuse it
 *     at exactly those steps (and nowhere else)
 */
public record Dialect(
    String name,
    String title,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> source,
    Map<String, String> headers,
    String contentType,
    QueryEncoding query,
    RetryPolicy retry,
    Operation probe,
    UserSteps users,
    GroupSteps groups,
    @JsonProperty("deviations") List<Deviation> deviations) {

  public Dialect {
    Objects.requireNonNull(name, "a dialect needs a name");
    title = title == null ? name : title;
    source = source == null ? List.of() : List.copyOf(source);
    headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    contentType = contentType == null ? "application/scim+json" : contentType;
    query = query == null ? QueryEncoding.RFC3986 : query;
    retry = retry == null ? RetryPolicy.DEFAULT : retry;
    probe = probe == null ? Operation.notApplicable("this IdP sends no connection test") : probe;
    Objects.requireNonNull(users, "dialect " + name + " has no users section");
    Objects.requireNonNull(groups, "dialect " + name + " has no groups section");
    deviations = deviations == null ? List.of() : List.copyOf(deviations);
  }

  /** The operation that carries out {@code step}, or {@code null} for the two steps with their own shape. */
  public Operation operation(LifecycleStep step) {
    return switch (step) {
      case CONNECTION_TEST -> probe;
      case PROFILE_UPDATE -> users.update();
      case DEACTIVATE -> users.deactivate();
      case REACTIVATE -> users.reactivate();
      case DELETE -> users.delete();
      case RENAME -> groups.rename();
      case MEMBER_ADD -> groups.memberAdd();
      case MEMBER_REMOVE -> groups.memberRemove();
      case CREATE_OR_LINK, GROUP_PUSH, IMPORT -> null;
    };
  }
}
