package dev.scimharness.sigma.profile;

import dev.scimharness.server.MovableClock;
import dev.scimharness.sigma.Organisation;
import java.net.URI;
import java.time.Duration;

/**
 * One Sigma organisation served by the profile: its server tenant, the domain object, and how to reach its REST
 * API. The REST API token stands for Sigma's own API credentials (client id and secret), which the guide does not
 * cover; it has nothing to do with the SCIM bearer token.
 */
public record SigmaTenant(String tenant, Organisation organisation, MovableClock clock, String apiToken,
    URI apiBaseUrl) {

  /** Moves this organisation's clock forward: changes from the IdP that were due by then show in Sigma. */
  public void letTimePass(Duration d) {
    clock.advance(d);
  }

  @Override
  public String toString() {
    return "SigmaTenant[" + tenant + ", api=" + apiBaseUrl + "]";
  }
}
