package dev.scimharness.simulator;

/**
 * Who sent a request: the simulated IdP (judged), or the harness itself — setting up state a failed step
 * would have left out, checking that a step took effect, or cleaning up. Harness requests speak textbook
 * RFC 7644 and are reported, never judged as the IdP's.
 */
public enum Origin {
  IDP,
  HARNESS
}
