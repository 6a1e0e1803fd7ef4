package dev.scimharness.conformance;

import org.opentest4j.TestAbortedException;

/**
 * A read-only run ({@code scim.readOnly=true}) refused to send a write: the scenario that asked for it is skipped
 * with this message at that point, since it cannot check what it is about without changing the target.
 */
public final class WriteRefused extends TestAbortedException {
  public WriteRefused(String message) {
    super(message);
  }
}
