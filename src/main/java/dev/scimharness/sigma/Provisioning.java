package dev.scimharness.sigma;

import dev.scimharness.scim.ScimException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The bearer tokens Sigma issues and what each is bound to. The guide: "Provisioning is associated with the Admin
 * user who originally set up provisioning in Sigma." A token dies when that Admin is deactivated, archived,
 * removed or given another account type, and when provisioning is turned off; a dead token never comes back —
 * "Setting up provisioning again generates a new bearer token".
 */
final class Provisioning {
  private record Grant(String tokenName, String tokenHash, String adminId, String adminEmail, Instant issuedAt,
      String shownAgain) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SigmaFaultHooks faults;
  private Grant live;
  private String brokenReason;
  /** Every token ever issued and no longer live, by hash, with the reason it died. */
  private final Map<String, String> dead = new HashMap<>();

  Provisioning(SigmaFaultHooks faults) {
    this.faults = faults;
  }

  boolean enabled() {
    return live != null;
  }

  ProvisioningStatus status() {
    return live == null ? ProvisioningStatus.OFF
        : new ProvisioningStatus(true, live.tokenName(), live.adminId(), live.issuedAt(), brokenReason,
            live.shownAgain());
  }

  /** Issues a token bound to {@code admin}; {@code preset} adopts a given one instead of a random one. */
  ProvisioningKeys issue(String tokenName, Member admin, String directoryBaseUrl, Instant now, String preset) {
    String token = preset != null ? preset : newToken();
    live = new Grant(tokenName, hash(token), admin.id(), admin.email(), now, faults.bearerTokenShownAgain(token));
    brokenReason = null;
    return new ProvisioningKeys(tokenName, token, directoryBaseUrl);
  }

  private static String newToken() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  void turnOff() {
    if (live != null) {
      dead.put(live.tokenHash(), "Account type and team provisioning was turned off in Sigma, which revoked the bearer"
          + " token '" + live.tokenName() + "'; changes in your IdP no longer sync to Sigma.");
      live = null;
      brokenReason = null;
    }
  }

  /** Called whenever a member changes: the token dies if its Admin no longer qualifies. */
  void memberChanged(Member m) {
    if (live == null || !m.id().equals(live.adminId())) {
      return;
    }
    if (brokenReason != null) {
      if (m.state() == MemberState.ACTIVE && m.accountType().isAdmin()) {
        brokenReason = faults.whenAdminReturns(brokenReason);
      }
      return;
    }
    if (m.state() == MemberState.INACTIVE) {
      breakBecause("was deactivated");
    } else if (m.state() == MemberState.ARCHIVED) {
      breakBecause("was archived");
    } else if (!m.accountType().isAdmin()) {
      breakBecause("had their account type changed from Admin to " + m.accountType().name());
    }
  }

  void memberRemoved(String memberId) {
    if (live != null && brokenReason == null && memberId.equals(live.adminId())) {
      breakBecause("was removed from the organisation (unassigned)");
    }
  }

  /** Lets a request through, or answers 401 with the reason in the SCIM error's detail. */
  void authenticate(String token) {
    if (token == null || token.isBlank()) {
      throw unauthorized("A bearer token is required: use the token Sigma showed when provisioning was enabled.");
    }
    String h = hash(token);
    if (live != null && live.tokenHash().equals(h)) {
      if (brokenReason != null) {
        throw unauthorized(brokenReason);
      }
      return;
    }
    String why = dead.get(h);
    throw unauthorized(why != null ? why : "The bearer token is not one Sigma issued for this organisation.");
  }

  private void breakBecause(String what) {
    brokenReason = "The bearer token '" + live.tokenName() + "' is bound to the Admin who set up provisioning ("
        + live.adminEmail() + "), who " + what + ". Provisioning is associated with that Admin: remove and re-enable"
        + " provisioning in Sigma with another Admin, give your IdP the new bearer token and rerun the provisioning"
        + " tasks that failed.";
  }

  private static ScimException unauthorized(String detail) {
    return new ScimException(401, null, detail);
  }

  private static String hash(String token) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
