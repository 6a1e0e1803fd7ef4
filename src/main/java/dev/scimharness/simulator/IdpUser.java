package dev.scimharness.simulator;

import java.util.Objects;

/**
 * A person in the IdP's own directory. {@code key} is the IdP's object id, which it sends as
 * {@code externalId}; {@code managerKey} points at another person in the same directory.
 */
public record IdpUser(String key, String userName, String givenName, String familyName, String email,
                      String employeeNumber, boolean active, String managerKey) {
  public IdpUser {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(userName, "userName");
    givenName = givenName == null ? "" : givenName;
    familyName = familyName == null ? "" : familyName;
    email = email == null ? userName : email;
    employeeNumber = employeeNumber == null ? "" : employeeNumber;
  }

  public String displayName() {
    return (givenName + " " + familyName).trim();
  }

  public IdpUser withFamilyName(String v) {
    return new IdpUser(key, userName, givenName, v, email, employeeNumber, active, managerKey);
  }

  public IdpUser withEmail(String v) {
    return new IdpUser(key, userName, givenName, familyName, v, employeeNumber, active, managerKey);
  }

  public IdpUser withUserName(String v) {
    return new IdpUser(key, v, givenName, familyName, email, employeeNumber, active, managerKey);
  }

  public IdpUser withActive(boolean v) {
    return new IdpUser(key, userName, givenName, familyName, email, employeeNumber, v, managerKey);
  }

  public IdpUser withManager(String managerKey) {
    return new IdpUser(key, userName, givenName, familyName, email, employeeNumber, active, managerKey);
  }
}
