package dev.scimharness.sigma;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How people sign in to a Sigma organisation. The guide: "SCIM doesn't work with the following authentication
 * types: Password, SAML or password", and the provisioning section "only appears if you have the SAML or OAuth
 * authentication method configured".
 */
public enum AuthenticationMethod {
  PASSWORD("Password"),
  SAML_OR_PASSWORD("SAML or password"),
  SAML("SAML"),
  OAUTH("OAuth");

  private final String label;

  AuthenticationMethod(String label) {
    this.label = label;
  }

  /** The name the Admin Portal shows. */
  public String label() {
    return label;
  }

  public boolean allowsProvisioning() {
    return this == SAML || this == OAUTH;
  }

  /** The method with this portal label (case-insensitive), e.g. {@code "SAML or password"}. */
  public static AuthenticationMethod fromLabel(String label) {
    for (AuthenticationMethod m : values()) {
      if (m.label.equalsIgnoreCase(label.trim())) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown authentication method '" + label + "'; one of "
        + Arrays.stream(values()).map(m -> "'" + m.label + "'").collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return label;
  }
}
