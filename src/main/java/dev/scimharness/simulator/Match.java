package dev.scimharness.simulator;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How an IdP looks for an existing resource before creating one: a filtered GET whose hit is linked,
 * not re-created. {@code notFound} lists the answers that mean "not there": {@code empty-list} (200 with
 * no resources) and/or {@code 404}; any other answer stops the IdP. With {@code scanFor} (an attribute
 * name) the IdP instead pages through the whole collection and matches that attribute locally
 * (PingFederate's groups) against {@code scanValue}, a template such as {@code ${groupName}}. {@code source} lists
 * the public pages the lookup is modelled on.
 */
public record Match(
    Call call,
    List<String> notFound,
    String scanFor,
    String scanValue,
    Integer pageSize,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> source) {
  private static final Set<String> ANSWERS = Set.of("empty-list", "404");

  public Match {
    Objects.requireNonNull(call, "match.call");
    notFound = notFound == null ? List.of("empty-list") : List.copyOf(notFound);
    for (String a : notFound) {
      if (!ANSWERS.contains(a)) {
        throw new IllegalArgumentException("match.notFound takes " + ANSWERS + ", not \"" + a + "\"");
      }
    }
    pageSize = pageSize == null ? 100 : pageSize;
    source = source == null ? List.of() : List.copyOf(source);
    if (scanFor != null && scanValue == null) {
      throw new IllegalArgumentException("match.scanFor needs match.scanValue (e.g. \"${groupName}\")");
    }
  }

  public boolean emptyListMeansAbsent() {
    return notFound.contains("empty-list");
  }

  public boolean notFoundMeansAbsent() {
    return notFound.contains("404");
  }
}
