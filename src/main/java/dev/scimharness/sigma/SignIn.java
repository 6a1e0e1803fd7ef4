package dev.scimharness.sigma;

/** Whether a person can sign in to Sigma, and if not, why. */
public record SignIn(boolean allowed, String reason) {
  static SignIn ok() {
    return new SignIn(true, null);
  }

  static SignIn refused(String reason) {
    return new SignIn(false, reason);
  }
}
