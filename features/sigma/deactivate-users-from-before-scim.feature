@sigma @control
Feature: Deactivating users that were in Sigma before SCIM: PATCH /v2/members/{memberId} with isArchived

  Troubleshooting: "How can I deactivate user accounts that were already in Sigma prior to configuring SCIM?" —
  "User accounts created before SCIM was configured cannot be managed in the IdP or in the Sigma UI. Instead, update
  the user by making a PATCH request to the PATCH /v2/members/{memberId} endpoint and set the isArchived field to
  true for the user."

  Interpretation: "cannot be managed in the IdP": the IdP does not see such a user (it is not listed over SCIM
  until linked, see existing-users-and-teams.feature). "Or in the Sigma UI": the Admin Portal refuses. The API is
  the only way, and while provisioning is on it accepts only isArchived for such a user (true archives, false
  restores); any other field is refused with 403. An archived user can no longer sign in and is listed by GET
  /v2/members only with includeInactive.

  Background:
    Given a Sigma organisation whose authentication method is "SAML"
    And the member "ada@example.com" with account type "Admin"
    And the member "grace@example.com" with account type "Creator"
    And "ada@example.com" has enabled provisioning with the token name "okta"
    And the IdP is given the bearer token "okta"

  @id-c07c2fa8
  Scenario: PATCH /v2/members/{memberId} with isArchived true deactivates a user from before SCIM
    When the API archives "grace@example.com"
    Then the API answers 200
    And Sigma shows the member "grace@example.com" as "archived"
    And "grace@example.com" cannot sign in to Sigma because "archived"
    And GET /v2/members lists "grace@example.com" only with includeInactive

  @id-ef6991a4
  Scenario: The IdP cannot manage a user created before SCIM
    When the IdP looks up the user "grace@example.com"
    Then the IdP finds no user "grace@example.com"

  @id-18fad6d8
  Scenario: The Sigma UI cannot manage a user created before SCIM
    When the Admin Portal changes the account type of "grace@example.com" to "Viewer"
    Then the admin control refuses with a reason containing "not directly editable in Sigma"

  @id-3c144480
  Scenario: Through the API, isArchived is the only change to a user from before SCIM
    When the API sets the memberType of "grace@example.com" to "Viewer"
    Then the API answers 403 with a message containing "can only be archived (isArchived)"
    And Sigma shows the member "grace@example.com" with account type "Creator"

  @id-701473ad
  Scenario: An archived user from before SCIM can be restored with isArchived false
    Given the API archives "grace@example.com"
    When the API unarchives "grace@example.com"
    Then the API answers 200
    And "grace@example.com" can sign in to Sigma
