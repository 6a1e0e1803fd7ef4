package dev.scimharness.steps.sigma;

import dev.scimharness.sigma.IdpUser;
import dev.scimharness.sigma.Organisation;
import dev.scimharness.sigma.ProvisioningKeys;
import dev.scimharness.sigma.Refusal;
import dev.scimharness.sigma.harness.IdpClient;
import dev.scimharness.sigma.harness.SigmaApiClient;
import dev.scimharness.sigma.profile.SigmaControl;
import dev.scimharness.sigma.profile.SigmaProfile;
import dev.scimharness.sigma.profile.SigmaTenant;
import dev.scimharness.steps.conformance.ScimWorld;
import dev.scimharness.endpoint.HarnessConfig;
import dev.scimharness.endpoint.ScimResponse;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The state of one Sigma scenario: the organisation (a tenant of its own), the keys shown when provisioning was
 * enabled (by token name), the IdPs, the REST API, the last SCIM and API answers, and the last refusal of the
 * admin controls — which a scenario must look at, or it fails.
 */
public final class SigmaWorld {
  private final ScimWorld scim;
  private final HarnessConfig config = HarnessConfig.fromSystem();
  private final Map<String, ProvisioningKeys> keys = new LinkedHashMap<>();
  private final Map<String, IdpClient> idps = new LinkedHashMap<>();
  private final Map<String, String> noted = new LinkedHashMap<>();
  private final Map<String, IdpUser> samlAssertions = new LinkedHashMap<>();
  private SigmaTenant tenant;
  private SigmaApiClient api;
  private ScimResponse lastScim;
  private ScimResponse lastApi;
  private Refusal refusal;
  private boolean refusalSeen = true;

  public SigmaWorld(ScimWorld scim) {
    this.scim = scim;
  }

  /** The admin controls of the target, when it is a sigma profile started in this JVM. */
  public Optional<SigmaControl> control() {
    return SigmaProfile.serving(scim.client().base()).map(SigmaProfile::control);
  }

  public void newOrganisation(SigmaTenant t) {
    tenant = t;
    api = new SigmaApiClient(t.apiBaseUrl(), t.apiToken(), config);
  }

  public SigmaTenant tenant() {
    org();
    return tenant;
  }

  public Organisation org() {
    if (tenant == null) {
      throw new IllegalStateException("the scenario has no Sigma organisation; start with 'a Sigma organisation …'");
    }
    return tenant.organisation();
  }

  public SigmaControl controls() {
    return control().orElseThrow(() -> new IllegalStateException("the target offers no Sigma admin controls"));
  }

  public SigmaApiClient api() {
    org();
    return api;
  }

  public URI scimBase() {
    return scim.client().base();
  }

  public HarnessConfig config() {
    return config;
  }

  public void keys(ProvisioningKeys k) {
    keys.put(k.tokenName(), k);
  }

  public ProvisioningKeys keys(String tokenName) {
    ProvisioningKeys k = keys.get(tokenName);
    if (k == null) {
      throw new IllegalStateException("no bearer token named '" + tokenName + "' was shown in this scenario");
    }
    return k;
  }

  /** What the IdP would assert about a person at a SAML sign-in (SAML alone: nothing else reaches Sigma). */
  public void samlAssertion(IdpUser asserted) {
    samlAssertions.put(asserted.email().toLowerCase(), asserted);
  }

  public IdpUser samlAssertion(String email) {
    IdpUser a = samlAssertions.get(email.toLowerCase());
    if (a == null) {
      throw new IllegalStateException("the IdP asserts nothing about " + email + " in this scenario");
    }
    return a;
  }

  /** Keeps a value taken now, to compare with one taken after a change (an id before a rename). */
  public void note(String key, String value) {
    noted.put(key, value);
  }

  public String noted(String key) {
    String v = noted.get(key);
    if (v == null) {
      throw new IllegalStateException("nothing was noted for '" + key + "' in this scenario");
    }
    return v;
  }

  /** "the IdP", "the second IdP": created on first mention, with no bearer token. */
  public IdpClient idp(String name) {
    return idps.computeIfAbsent(name, n -> new IdpClient(scimBase(), config));
  }

  public ScimResponse scim(ScimResponse r) {
    lastScim = r;
    return r;
  }

  public ScimResponse lastScim() {
    if (lastScim == null) {
      throw new IllegalStateException("no SCIM request was sent in this scenario");
    }
    return lastScim;
  }

  public ScimResponse api(ScimResponse r) {
    lastApi = r;
    return r;
  }

  public ScimResponse lastApi() {
    if (lastApi == null) {
      throw new IllegalStateException("no REST API request was sent in this scenario");
    }
    return lastApi;
  }

  /** Runs an admin control that Sigma may refuse; the refusal is kept for the next step to judge. */
  public <T> Optional<T> attempt(Supplier<T> control) {
    requireRefusalSeen();
    try {
      refusal = null;
      return Optional.ofNullable(control.get());
    } catch (Refusal r) {
      refusal = r;
      refusalSeen = false;
      return Optional.empty();
    }
  }

  public Refusal refusal() {
    refusalSeen = true;
    if (refusal == null) {
      throw new AssertionError("the admin control was not refused");
    }
    return refusal;
  }

  /** A refusal nobody looked at means a step that should have worked did not. */
  public void requireRefusalSeen() {
    if (!refusalSeen) {
      refusalSeen = true;
      throw new AssertionError("an admin control was refused unexpectedly: " + refusal.reason());
    }
  }

  public void close() {
    idps.values().forEach(IdpClient::close);
    if (api != null) {
      api.close();
    }
  }
}
