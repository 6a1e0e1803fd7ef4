package dev.scimharness.sigma;

/**
 * A member's lifecycle in Sigma. Deactivation from an IdP makes a member inactive; archiving (the REST API's
 * {@code isArchived}) is the deeper state an inactive account ends in.
 */
public enum MemberState {
  ACTIVE, INACTIVE, ARCHIVED;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
