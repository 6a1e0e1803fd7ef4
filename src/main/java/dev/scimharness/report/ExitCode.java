package dev.scimharness.report;

/**
 * The exit codes of the conformance build ({@code mvn -B test -Pconformance}), one table for CI systems;
 * docs/conformance.md repeats it. Code 1 is also what Maven returns for its own failures (a compile error).
 */
public enum ExitCode {
  PASS(0, "no MUST scenario failed, nothing regressed, and the run was conclusive"),
  MUST_FAILURES(1, "a MUST scenario failed, a scenario passing in the baseline fails or is blocked now, or a waiver"
      + " expired or waived nothing"),
  USAGE_ERROR(2, "a setting cannot be used (see the one-line message and the list of settings)"),
  INCONCLUSIVE(3, "no MUST failure, but the run cannot pass: over 10% of MUST scenarios blocked, scenarios not run,"
      + " or no scenario executed"),
  PREFLIGHT_FAILED(4, "the target failed the preflight (unreachable, TLS, 401/403, not SCIM, server error);"
      + " no scenario ran");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
