package dev.scimharness.sigma;

/**
 * What the "Copy Keys" step shows once: "copy the Bearer token and Directory base URL. Copy and store these
 * values in a secure location." Sigma keeps only a hash of the token, so it cannot be shown again.
 */
public record ProvisioningKeys(String tokenName, String bearerToken, String directoryBaseUrl) {
  @Override
  public String toString() {
    return "ProvisioningKeys[tokenName=" + tokenName + ", bearerToken=<redacted>, directoryBaseUrl="
        + directoryBaseUrl + "]";
  }
}
