package dev.scimharness.faults;

import dev.scimharness.server.StoredResource;
import dev.scimharness.server.VersionHook;

/** The version faults (RFC 7644 §3.14): {@link Fault#ETAG_UNCHANGED} and {@link Fault#IF_MATCH_IGNORED}. */
record VersionFaults(Faults on) implements VersionHook {
  /** The creation sequence number never changes, so neither does a version made of it. */
  @Override
  public long version(StoredResource r) {
    return on.has(Fault.ETAG_UNCHANGED) ? r.seq() : r.version();
  }

  @Override
  public String ifMatch(String header) {
    return on.has(Fault.IF_MATCH_IGNORED) ? null : header;
  }
}
