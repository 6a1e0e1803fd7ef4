package dev.scimharness.clientreport;

/** The client's verdict by RFC level: the strongest level any of its findings breaks. */
public enum ClientVerdict {
  MUST_BROKEN("breaks a MUST"),
  SHOULD_ONLY("breaks only SHOULDs"),
  MAY_ONLY("only notes at the MAY level"),
  CLEAN("no findings");

  private final String text;

  ClientVerdict(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
