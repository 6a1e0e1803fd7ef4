package dev.scimharness.server;

/** RFC 7643/7644 as written: the yardstick, and the default profile. */
public final class RfcProfile implements Profile {
  public static final String NAME = "rfc";

  @Override
  public String name() {
    return NAME;
  }
}
