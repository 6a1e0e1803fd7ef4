package dev.scimharness.sigma;

import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ScimType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an IdP does to the organisation through SCIM. Each call checks what it can at once (a {@link ScimException}
 * the IdP sees) and queues its effect, which Sigma shows after the provisioning delay. Users and teams created in
 * Sigma before SCIM are not listed to the IdP: a user is linked when the IdP provisions one with the same email,
 * a team when the IdP pushes a group with the same name.
 */
public final class ScimDirectory {
  private final Organisation org;

  ScimDirectory(Organisation org) {
    this.org = org;
  }

  /** Lets a SCIM request through, or throws 401 with the reason (token unknown, revoked, or its Admin changed). */
  public void authenticate(String bearerToken) {
    org.act(() -> org.provisioningState().authenticate(bearerToken));
  }

  /** {@code userType} as an account type: Lite when absent, else exactly a defined type (400 invalidValue). */
  public AccountType accountType(String userType) {
    return org.accountTypes().fromUserType(userType);
  }

  public ProvisionedUser createUser(IdpUser u) {
    return org.act(() -> {
      requireOn();
      AccountType type = accountType(u.userType());
      for (Member m : org.allMembers()) {
        if (m.guest() && m.emailMatches(u.email())) {
          throw new ScimException(409, ScimType.uniqueness, u.email() + " belongs to a guest account in Sigma; guest"
              + " user accounts are not supported when using SCIM, so it cannot be provisioned.");
        }
      }
      Member existing = org.allMembers().stream().filter(m -> m.unlinkedPreScim() && m.emailMatches(u.email()))
          .findFirst().orElse(null);
      if (existing != null) {
        // Linking: same member id and documents; the IdP's account type wins over the one set in Sigma.
        String id = existing.id();
        org.schedule(() -> {
          Member now = org.memberOrNull(id);
          if (now != null) {
            org.put(now.managedBy(u, type));
          }
        });
        return new ProvisionedUser(id, true, type);
      }
      String id = org.newId();
      org.schedule(() -> org.put(newMember(id, u, type)));
      return new ProvisionedUser(id, false, type);
    });
  }

  /**
   * A PUT, or a PATCH once applied. {@code currentUserName} is the user's name before the request: when the IdP
   * changes it (ignoring case), Sigma creates a new account and leaves the old one untouched.
   */
  public UserChange replaceUser(String memberId, String currentUserName, IdpUser u) {
    return org.act(() -> {
      requireOn();
      AccountType type = accountType(u.userType());
      if (currentUserName != null && !currentUserName.equalsIgnoreCase(u.userName())) {
        String id = org.newId();
        org.schedule(() -> org.put(newMember(id, u, type)));
        return new UserChange.NewAccount(memberId, id, type);
      }
      org.schedule(() -> {
        Member now = org.memberOrNull(memberId);
        org.put(now == null ? newMember(memberId, u, type) : now.managedBy(u, type));
      });
      return new UserChange.Updated(memberId, type);
    });
  }

  public void deleteUser(String memberId) {
    org.act(() -> {
      requireOn();
      org.schedule(() -> org.remove(memberId));
    });
  }

  public ProvisionedTeam createTeam(String displayName, Set<String> memberIds) {
    return org.act(() -> {
      requireOn();
      Team existing = org.allTeams().stream()
          .filter(t -> !t.managedByIdp() && t.name().equalsIgnoreCase(displayName)).findFirst().orElse(null);
      if (existing != null) {
        String id = existing.id();
        org.schedule(() -> {
          Team now = org.teamOrNull(id);
          if (now != null) {
            org.put(now.linkedToIdp(displayName, known(memberIds)));
          }
        });
        return new ProvisionedTeam(id, true);
      }
      String id = org.newId();
      org.schedule(() -> org.put(new Team(id, displayName, false, true, known(memberIds), Set.of())));
      return new ProvisionedTeam(id, false);
    });
  }

  /** A PUT or an applied PATCH of a group: the IdP's memberships become exactly {@code memberIds}. */
  public void replaceTeam(String teamId, String displayName, Set<String> memberIds) {
    org.act(() -> {
      requireOn();
      org.schedule(() -> {
        Team now = org.teamOrNull(teamId);
        org.put(now == null ? new Team(teamId, displayName, false, true, known(memberIds), Set.of())
            : now.withName(displayName).withIdpMembers(known(memberIds)));
      });
    });
  }

  public void deleteTeam(String teamId) {
    org.act(() -> {
      requireOn();
      org.schedule(() -> org.removeTeam(teamId));
    });
  }

  private Set<String> known(Set<String> memberIds) {
    Set<String> kept = new LinkedHashSet<>();
    for (String id : memberIds) {
      if (org.memberOrNull(id) != null) {
        kept.add(id);
      }
    }
    return kept;
  }

  private void requireOn() {
    if (!org.provisioningState().enabled()) {
      throw new ScimException(401, null, "Account type and team provisioning is turned off in Sigma; changes in your"
          + " IdP no longer sync to Sigma.");
    }
  }

  private static Member newMember(String id, IdpUser u, AccountType type) {
    return new Member(id, u.email(), u.userName(), u.givenName(), u.familyName(), type,
        u.active() ? MemberState.ACTIVE : MemberState.INACTIVE, false, false, true, List.of());
  }
}
