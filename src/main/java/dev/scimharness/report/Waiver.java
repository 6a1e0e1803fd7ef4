package dev.scimharness.report;

import java.time.LocalDate;

/**
 * A known failure accepted until a date: {@code id} names a scenario (its {@code @id-…} tag, with or without the
 * {@code @}), a finding ({@code f-…}, every scenario it explains), an IdP step ({@code idp-<dialect>/<step>}, or
 * {@code idp-<dialect>} for all its steps) or a fuzz kind ({@code fuzz-<kind>}); see {@link ResultIds}. Until {@code expires} (inclusive) a failure
 * it names ends {@link Outcome#WAIVED}; afterwards the waiver fails the run, as does one that names nothing that
 * failed, so the file cannot go stale.
 */
public record Waiver(String id, String reason, LocalDate expires, String owner) {
  public Waiver {
    id = id.startsWith("@") ? id.substring(1) : id;
  }

  public boolean expiredOn(LocalDate today) {
    return today.isAfter(expires);
  }

  public String describe() {
    return id + " (owner " + owner + ", until " + expires + ": " + reason + ")";
  }
}
