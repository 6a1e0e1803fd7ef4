package dev.scimharness.sigma;

/**
 * The body of {@code PATCH /v2/members/{memberId}}: each field {@code null} when the request leaves it alone.
 *
 * @param memberType the account type's name
 */
public record MemberPatch(String memberType, Boolean isArchived, Boolean isInactive, String firstName,
    String lastName, String email) {

  public boolean onlyArchives() {
    return isArchived != null && memberType == null && isInactive == null && firstName == null && lastName == null
        && email == null;
  }

  public boolean isEmpty() {
    return isArchived == null && memberType == null && isInactive == null && firstName == null && lastName == null
        && email == null;
  }
}
