package dev.scimharness.sigma;

/**
 * Where the provider's guide is published, so that every sigma behaviour and seeded fault traces to a page a reader
 * can open. (An enum constant cannot read a static field of its own enum while the constants are built, hence a
 * class of its own.)
 */
public final class GuideSource {
  /** Sigma Computing, "Manage users and teams with SCIM". */
  public static final String URL = "https://help.sigmacomputing.com/docs/manage-users-and-teams-with-scim";

  private GuideSource() {}
}
