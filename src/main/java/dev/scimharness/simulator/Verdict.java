package dev.scimharness.simulator;

/** What became of one exchange. */
public enum Verdict {
  /** The answer was one the sender could use. */
  PASS,
  /** The answer stopped the sender (or, for a harness check, the step did not take effect). */
  FAIL,
  /** A transient answer (429, 5xx, a reset) that the sender retried. */
  RETRIED
}
