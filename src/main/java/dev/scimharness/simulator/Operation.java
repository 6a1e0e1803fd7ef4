package dev.scimharness.simulator;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;

/**
 * The calls of one lifecycle step, in order; or why the IdP never takes that step ({@code notApplicable},
 * e.g. "Okta never sends DELETE for users").
 *
 * @param source the public pages (vendor documentation, tracker entries, RFC sections) the step is modelled on
 */
public record Operation(
    List<Call> calls,
    String notApplicable,
    String note,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> source) {
  public Operation {
    calls = calls == null ? List.of() : List.copyOf(calls);
    note = note == null ? "" : note;
    source = source == null ? List.of() : List.copyOf(source);
    if (notApplicable == null && calls.isEmpty()) {
      throw new IllegalArgumentException("an operation needs calls, or notApplicable with the reason");
    }
  }

  public static Operation notApplicable(String reason) {
    return new Operation(List.of(), reason, null, null);
  }

  public boolean applicable() {
    return notApplicable == null;
  }
}
