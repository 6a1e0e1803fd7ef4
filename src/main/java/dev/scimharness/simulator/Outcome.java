package dev.scimharness.simulator;

/** How one lifecycle step went, as the IdP would see it. */
public enum Outcome {
  PASS("pass"),
  FAIL("fail"),
  /** The IdP never takes this step (Okta never deletes users; Entra does not import). */
  NOT_APPLICABLE("n/a"),
  /** An earlier failure left nothing to act on, and the harness could not set it up either. */
  BLOCKED("blocked");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
