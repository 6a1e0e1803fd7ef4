package dev.scimharness.sigma;

import java.util.List;
import java.util.Objects;

/**
 * A person in a Sigma organisation.
 *
 * @param id the member id Sigma assigned (the REST API's {@code memberId}); it never changes, which is how
 *     "no work will be lost" when an IdP links an existing user
 * @param userName the SCIM {@code userName} once an IdP manages the member; the email before that
 * @param guest a guest account; the guide: "Guest user accounts are not supported when using SCIM"
 * @param createdBeforeScim created in Sigma (Admin Portal or API), not by an IdP
 * @param managedByIdp an IdP created or linked it; from then on only the IdP changes it
 * @param documents what the member owns in Sigma, kept to show that linking loses no work
 */
public record Member(String id, String email, String userName, String givenName, String familyName,
    AccountType accountType, MemberState state, boolean guest, boolean createdBeforeScim, boolean managedByIdp,
    List<String> documents) {

  public Member {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(accountType, "accountType");
    Objects.requireNonNull(state, "state");
    documents = List.copyOf(documents);
  }

  /** Pre-SCIM and not (yet) linked by an IdP: the IdP cannot see or change it. */
  public boolean unlinkedPreScim() {
    return createdBeforeScim && !managedByIdp;
  }

  public boolean emailMatches(String other) {
    return other != null && email.equalsIgnoreCase(other.strip());
  }

  public Member withState(MemberState s) {
    return new Member(id, email, userName, givenName, familyName, accountType, s, guest, createdBeforeScim,
        managedByIdp, documents);
  }

  public Member withAccountType(AccountType t) {
    return new Member(id, email, userName, givenName, familyName, t, state, guest, createdBeforeScim, managedByIdp,
        documents);
  }

  public Member withNames(String given, String family) {
    return new Member(id, email, userName, given, family, accountType, state, guest, createdBeforeScim,
        managedByIdp, documents);
  }

  public Member withEmail(String e) {
    return new Member(id, e, userName, givenName, familyName, accountType, state, guest, createdBeforeScim,
        managedByIdp, documents);
  }

  /** The member as the IdP describes it; what Sigma set before (account type included) gives way. */
  public Member managedBy(IdpUser u, AccountType type) {
    return new Member(id, u.email(), u.userName(), u.givenName(), u.familyName(), type,
        u.active() ? MemberState.ACTIVE : MemberState.INACTIVE, guest, createdBeforeScim, true, documents);
  }

  public Member withDocuments(List<String> docs) {
    return new Member(id, email, userName, givenName, familyName, accountType, state, guest, createdBeforeScim,
        managedByIdp, docs);
  }
}
