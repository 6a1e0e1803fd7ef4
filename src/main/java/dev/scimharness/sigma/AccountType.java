package dev.scimharness.sigma;

/** A Sigma account type (a named set of permissions), e.g. Admin or Lite, or one the organisation defined. */
public record AccountType(String name) {
  public static final AccountType ADMIN = new AccountType("Admin");
  public static final AccountType CREATOR = new AccountType("Creator");
  public static final AccountType VIEWER = new AccountType("Viewer");
  /** What a user pushed by an IdP gets when the IdP sends no account type. */
  public static final AccountType LITE = new AccountType("Lite");

  public AccountType {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an account type needs a name");
    }
  }

  public boolean isAdmin() {
    return equals(ADMIN);
  }

  @Override
  public String toString() {
    return name;
  }
}
