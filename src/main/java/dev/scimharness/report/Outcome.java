package dev.scimharness.report;

import java.util.Locale;

/**
 * How one scenario ended. {@code BLOCKED}: its set-up failed, so it said nothing about its requirement;
 * {@code NOT_RUN}: the run gave up on the target (preflight failed, or the target stopped answering) before it.
 * Neither is a failure. docs/conformance.md has the table of how each counts.
 */
public enum Outcome {
  PASSED,
  FAILED,
  SKIPPED,
  BLOCKED,
  NOT_RUN,
  /** Failed, and accepted until a date by a waiver that names it (docs/conformance.md, waivers). */
  WAIVED;

  /** The word reports and {@code summary.json} use: {@code passed}, …, {@code not run}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Reads {@link #word()} back ({@code not run}, {@code not_run} and {@code NOT_RUN} alike). */
  public static Outcome parse(String word) {
    return valueOf(word.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
  }
}
