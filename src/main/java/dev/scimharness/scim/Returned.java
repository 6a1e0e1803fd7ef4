package dev.scimharness.scim;

/** RFC 7643 §7 "returned". */
public enum Returned {
  ALWAYS("always"),
  NEVER("never"),
  DEFAULT("default"),
  REQUEST("request");

  private final String wire;

  Returned(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Returned fromWire(String wire) {
    for (Returned r : values()) {
      if (r.wire.equalsIgnoreCase(wire)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown returned: " + wire);
  }
}
