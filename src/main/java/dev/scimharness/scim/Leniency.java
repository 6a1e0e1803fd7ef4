package dev.scimharness.scim;

/**
 * How the engine meets the shapes real IdPs send that RFC 7644 does not allow ({@code "op":"Replace"},
 * {@code "False"}, dotted keys, remove with a value): {@link #LENIENT} accepts each and reports a lint
 * finding naming the rule it breaks; {@link #STRICT} rejects it with the RFC's error.
 */
public enum Leniency {
  STRICT,
  LENIENT;

  public boolean lenient() {
    return this == LENIENT;
  }
}
