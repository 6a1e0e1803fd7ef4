package dev.scimharness.sigma.profile;

import dev.scimharness.sigma.AccountType;
import dev.scimharness.sigma.AuthenticationMethod;
import dev.scimharness.sigma.Member;
import dev.scimharness.sigma.Organisation;
import java.net.URI;
import java.security.SecureRandom;
import dev.scimharness.server.MovableClock;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin controls of the profile's organisations, in the same JVM: what a person does in Sigma's Admin Portal
 * (through {@link Organisation#portal()}) plus what only a test needs — a fresh organisation per scenario, with a
 * clock of its own to let "a few moments" pass ({@link SigmaTenant#letTimePass}). A remote target has nothing like it, so scenarios that need it are skipped
 * there.
 */
public final class SigmaControl {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Logger LOG = LoggerFactory.getLogger(SigmaControl.class);

  private final SigmaProfile profile;
  private final AtomicInteger sequence = new AtomicInteger();

  SigmaControl(SigmaProfile profile) {
    this.profile = profile;
  }

  /** A new, empty organisation in a tenant of its own, signing people in with {@code method}. */
  public SigmaTenant newOrganisation(AuthenticationMethod method) {
    String tenant = "sigma-org-" + sequence.incrementAndGet();
    MovableClock clock = MovableClock.system();
    Organisation org = new Organisation(clock, () -> profile.server().baseUrl(), method, profile.faults());
    return new SigmaTenant(tenant, org, clock, register(tenant, org),
        URI.create("http://127.0.0.1:" + profile.server().port() + RestApiRoutes.PREFIX));
  }

  /** An organisation that set provisioning up earlier with {@code token}, for a token the server was given. */
  void preconfigured(String tenant, String token) {
    Organisation org = new Organisation(Clock.systemUTC(), () -> profile.server().baseUrl(), AuthenticationMethod.SAML,
        profile.faults());
    String apiToken = register(tenant, org);
    Member admin = org.portal().addMember(SigmaProfile.SETUP_ADMIN, AccountType.ADMIN, List.of());
    org.portal().enableProvisioning(admin.id(), "harness", token);
    // A person running the server standalone needs this to try the REST API; it is a local test credential.
    LOG.info("Sigma organisation for tenant '{}': REST API at http://127.0.0.1:{}{} with bearer token {}", tenant,
        profile.server().port(), RestApiRoutes.PREFIX, apiToken);
  }

  /** Registers the organisation with the profile; returns its REST API token. */
  private String register(String tenant, Organisation org) {
    byte[] secret = new byte[16];
    RANDOM.nextBytes(secret);
    String apiToken = "sigma-api-" + HexFormat.of().formatHex(secret);
    profile.register(tenant, org, apiToken);
    return apiToken;
  }
}
