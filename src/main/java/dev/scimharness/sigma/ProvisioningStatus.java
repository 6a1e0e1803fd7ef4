package dev.scimharness.sigma;

import java.time.Instant;

/**
 * What the Admin Portal shows about provisioning — never the token itself.
 *
 * @param adminId the Admin who enabled it and to whom the token is bound; {@code null} when off
 * @param brokenReason why the token no longer authenticates although provisioning is on; {@code null} when fine
 * @param bearerTokenShown the bearer token, were the portal to show it again; {@code null}: the guide's "copy and
 *     store these values" means it is shown once, on the Copy Keys step
 */
public record ProvisioningStatus(boolean enabled, String tokenName, String adminId, Instant enabledAt,
    String brokenReason, String bearerTokenShown) {
  static final ProvisioningStatus OFF = new ProvisioningStatus(false, null, null, null, null, null);
}
