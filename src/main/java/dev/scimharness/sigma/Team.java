package dev.scimharness.sigma;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A Sigma team, which an IdP sees as a SCIM Group. Membership has two sources kept apart, because the guide
 * says they behave differently: what the IdP pushed ({@code idpMembers}, replaced by every sync) and what was
 * set in Sigma ({@code sigmaMembers}: before SCIM, or while it was off). A sync never touches the second set,
 * which is why "a user that used to be assigned to a team in Sigma before I enabled SCIM remained in that team".
 *
 * @param createdBeforeScim created in Sigma; such a team is never listed to the IdP ("Importing groups to an
 *     IdP from Sigma teams is not currently supported")
 * @param managedByIdp an IdP created it, or linked one of its groups to it
 */
public record Team(String id, String name, boolean createdBeforeScim, boolean managedByIdp, Set<String> idpMembers,
    Set<String> sigmaMembers) {

  public Team {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    idpMembers = Collections.unmodifiableSet(new LinkedHashSet<>(idpMembers));
    sigmaMembers = Collections.unmodifiableSet(new LinkedHashSet<>(sigmaMembers));
  }

  /** Everyone in the team, whichever way they got there. */
  public Set<String> members() {
    Set<String> all = new LinkedHashSet<>(idpMembers);
    all.addAll(sigmaMembers);
    return Collections.unmodifiableSet(all);
  }

  /** Members only Sigma put there: an IdP sync leaves them in place. */
  public Set<String> leftovers() {
    Set<String> l = new LinkedHashSet<>(sigmaMembers);
    l.removeAll(idpMembers);
    return Collections.unmodifiableSet(l);
  }

  public Team withIdpMembers(Set<String> ids) {
    return new Team(id, name, createdBeforeScim, managedByIdp, ids, sigmaMembers);
  }

  public Team withSigmaMembers(Set<String> ids) {
    return new Team(id, name, createdBeforeScim, managedByIdp, idpMembers, ids);
  }

  public Team withName(String n) {
    return new Team(id, n, createdBeforeScim, managedByIdp, idpMembers, sigmaMembers);
  }

  public Team linkedToIdp(String idpName, Set<String> ids) {
    return new Team(id, idpName, createdBeforeScim, true, ids, sigmaMembers);
  }

  /** The team without {@code memberId}, from both sources (an edit made in Sigma). */
  public Team without(String memberId) {
    Set<String> i = new LinkedHashSet<>(idpMembers);
    Set<String> s = new LinkedHashSet<>(sigmaMembers);
    i.remove(memberId);
    s.remove(memberId);
    return new Team(id, name, createdBeforeScim, managedByIdp, i, s);
  }
}
