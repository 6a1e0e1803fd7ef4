package dev.scimharness.requirements;

/** Whom a requirement binds, and so whether a conformance scenario against a server can check it. */
public enum Scope {
  /** Binds the service provider, and what it does can be seen from outside. */
  SERVER,
  /** Binds the client only: checked by the reference server's grading of a client, never by the suite. */
  CLIENT,
  /** Binds the service provider, but nothing a client sees tells whether it holds (storage, logging, policy). */
  UNTESTABLE;

  public static Scope parse(String s) {
    return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
