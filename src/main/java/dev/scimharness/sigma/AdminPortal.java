package dev.scimharness.sigma;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What people do in Sigma's Admin Portal. Once provisioning is on, users and teams are read-only here — "After
 * SCIM provisioning is enabled for both services, all management of users and teams must be done through your
 * IdP" — and guests are no longer allowed.
 */
public final class AdminPortal {
  static final String READ_ONLY = "SCIM provisioning is on: all management of users and teams must be done through"
      + " your IdP; they are displayed in the Administration portal but are not directly editable in Sigma.";

  private final Organisation org;

  AdminPortal(Organisation org) {
    this.org = org;
  }

  /** Administration → Authentication. Only an Admin; no password-based method while provisioning is on. */
  public void setAuthenticationMethod(String actorId, AuthenticationMethod method) {
    org.act(() -> {
      requireAdmin(actorId, "change the authentication method");
      if (org.provisioningState().enabled() && !method.allowsProvisioning()) {
        throw Refusal.forbidden("SCIM doesn't work with the following authentication types: Password, SAML or"
            + " password. Turn off account type and team provisioning before choosing '" + method.label() + "'.");
      }
      org.authenticationMethod(method);
    });
  }

  /**
   * "For Account type and team provisioning, click Set up", name a token, copy the keys. Requires an Admin and the
   * SAML or OAuth method; disables every guest account.
   */
  public ProvisioningKeys enableProvisioning(String actorId, String tokenName) {
    return enableProvisioning(actorId, tokenName, null);
  }

  /**
   * As {@link #enableProvisioning(String, String)}, adopting {@code presetToken} instead of issuing a random one:
   * an organisation whose provisioning was set up before this run, with a token its IdP already has.
   */
  public ProvisioningKeys enableProvisioning(String actorId, String tokenName, String presetToken) {
    return org.act(() -> {
      Member admin = requireAdmin(actorId, "initiate provisioning");
      AuthenticationMethod m = org.authenticationMethod();
      if (!m.allowsProvisioning()) {
        throw Refusal.forbidden("SCIM doesn't work with the following authentication types: Password, SAML or"
            + " password. This organisation uses '" + m.label() + "'; the Account type and team provisioning"
            + " section only appears with the SAML or OAuth authentication method configured.");
      }
      if (org.provisioningState().enabled() && org.faults().oneSecretAtATime()) {
        throw Refusal.conflict("Account type and team provisioning is already set up; remove it first to issue a"
            + " new bearer token.");
      }
      if (tokenName == null || tokenName.isBlank()) {
        throw Refusal.invalid("Enter a token name to create the token that authenticates your IdP.");
      }
      for (Member g : org.allMembers()) {
        if (g.guest() && g.state() == MemberState.ACTIVE) {
          org.put(g.withState(MemberState.INACTIVE));
        }
      }
      ProvisioningKeys keys = org.provisioningState().issue(tokenName.strip(), admin, org.directoryBaseUrl(),
          org.clock().instant(), presetToken);
      org.tokenIssued(keys.bearerToken());
      return keys;
    });
  }

  /** Turns provisioning off; its token is revoked for good. Changes in the IdP no longer sync. */
  public void disableProvisioning(String actorId) {
    org.act(() -> {
      requireAdmin(actorId, "turn off provisioning");
      if (!org.provisioningState().enabled()) {
        throw Refusal.conflict("Account type and team provisioning is not set up.");
      }
      org.provisioningState().turnOff();
    });
  }

  /** A member created in Sigma itself (before SCIM, or while it is off). */
  public Member addMember(String email, AccountType type, List<String> documents) {
    return org.act(() -> createMember(email, type, false, documents));
  }

  /** A guest account; not possible once provisioning is on. */
  public Member addGuest(String email, List<String> documents) {
    return org.act(() -> {
      if (org.provisioningState().enabled()) {
        throw Refusal.forbidden("Guest user accounts are not supported when using SCIM.");
      }
      return createMember(email, AccountType.VIEWER, true, documents);
    });
  }

  public AccountType defineAccountType(String name) {
    return org.accountTypes().define(name);
  }

  public Member changeAccountType(String memberId, AccountType type) {
    return org.act(() -> {
      requireEditable();
      Member m = org.existingMember(memberId);
      requireDefined(type);
      Member changed = m.withAccountType(type);
      org.put(changed);
      return changed;
    });
  }

  public Team addTeam(String name, Set<String> memberIds) {
    return org.act(() -> {
      requireEditable();
      if (name == null || name.isBlank()) {
        throw Refusal.invalid("A team needs a name.");
      }
      if (org.allTeams().stream().anyMatch(t -> t.name().equalsIgnoreCase(name.strip()))) {
        throw Refusal.conflict("A team named '" + name.strip() + "' already exists.");
      }
      memberIds.forEach(org::existingMember);
      Team t = new Team(org.newId(), name.strip(), true, false, Set.of(), memberIds);
      org.put(t);
      return t;
    });
  }

  public Team addToTeam(String teamId, String memberId) {
    return org.act(() -> {
      requireEditable();
      Team t = org.existingTeam(teamId);
      org.existingMember(memberId);
      Set<String> s = new LinkedHashSet<>(t.sigmaMembers());
      s.add(memberId);
      Team changed = t.withSigmaMembers(s);
      org.put(changed);
      return changed;
    });
  }

  public Team removeFromTeam(String teamId, String memberId) {
    return org.act(() -> {
      requireEditable();
      Team changed = org.existingTeam(teamId).without(memberId);
      org.put(changed);
      return changed;
    });
  }

  private Member createMember(String email, AccountType type, boolean guest, List<String> documents) {
    requireEditable();
    if (email == null || !email.contains("@")) {
      throw Refusal.invalid("'" + email + "' is not an email address.");
    }
    if (org.allMembers().stream().anyMatch(m -> m.emailMatches(email))) {
      throw Refusal.conflict("A member with the email " + email + " already exists.");
    }
    requireDefined(type);
    Member m = new Member(org.newId(), email.strip(), email.strip(), null, null, type, MemberState.ACTIVE, guest,
        true, false, documents);
    org.put(m);
    return m;
  }

  private void requireEditable() {
    if (org.provisioningState().enabled()) {
      throw Refusal.forbidden(READ_ONLY);
    }
  }

  private void requireDefined(AccountType type) {
    if (!org.accountTypes().isDefined(type)) {
      throw Refusal.invalid("'" + type.name() + "' is not an account type of this organisation; one of "
          + org.accountTypes().names() + ".");
    }
  }

  private Member requireAdmin(String actorId, String what) {
    Member a = org.memberOrNull(actorId);
    if (a == null || a.state() != MemberState.ACTIVE || a.guest() || !a.accountType().isAdmin()) {
      throw Refusal.forbidden("You must be assigned the Admin account type to " + what + ".");
    }
    return a;
  }
}
