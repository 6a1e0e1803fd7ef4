package dev.scimharness.simulator;

import java.util.List;

/**
 * The calls of one lifecycle step, in order; or why the IdP never takes that step ({@code notApplicable},
 * e.g. "Okta never sends DELETE for users").
 */
public record Operation(List<Call> calls, String notApplicable, String note) {
  public Operation {
    calls = calls == null ? List.of() : List.copyOf(calls);
    note = note == null ? "" : note;
    if (notApplicable == null && calls.isEmpty()) {
      throw new IllegalArgumentException("an operation needs calls, or notApplicable with the reason");
    }
  }

  public static Operation notApplicable(String reason) {
    return new Operation(List.of(), reason, null);
  }

  public boolean applicable() {
    return notApplicable == null;
  }
}
