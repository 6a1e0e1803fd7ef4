@sigma @control
Feature: The bearer token is bound to the Admin who set up provisioning

  Troubleshooting: "The Admin who originally set up our provisioning has left or taken on a new role (account
  deactivated, unassigned, or account type changed). Now we're hitting errors when attempting to push data from our
  IdP to Sigma. What happened?"

  "Provisioning is associated with the Admin user who originally set up provisioning in Sigma. If you want to remove
  or update that user's account type, you must also remove and re-enable provisioning in Sigma with a new Admin
  user." "Setting up provisioning again generates a new bearer token associated with the new Admin user. Provide
  your IdP with the updated bearer token, and rerun any provisioning tasks that might have failed."

  Interpretation: "hitting errors" is every SCIM call with the token answering 401 with a SCIM error body whose
  detail names the Admin and what happened to them, and says how to recover. The four ways the Admin leaves:
  deactivated (the IdP sets active to false), unassigned (the IdP deletes the user), account type changed (the IdP
  sends another userType) — these need the Admin to be managed by the IdP, so the IdP first links them by email —
  and archived (PATCH /v2/members/{memberId} with isArchived, the only way for an Admin the IdP does not manage).
  Once dead, a token never works again, even if the Admin comes back; only a new token from re-enabling helps.

  Background:
    Given a Sigma organisation whose authentication method is "SAML"
    And the member "ada@example.com" with account type "Admin"
    And the member "bo@example.com" with account type "Admin"
    And "ada@example.com" has enabled provisioning with the token name "okta"
    And the IdP is given the bearer token "okta"

  @id-981d4b63
  Scenario: The Admin's account was deactivated in the IdP
    Given the IdP provisions the user "ada@example.com" with account type "Admin"
    When the IdP deactivates "ada@example.com"
    Then SCIM calls with the bearer token "okta" fail with 401 and a detail containing "ada@example.com), who was deactivated"
    And SCIM calls with the bearer token "okta" fail with 401 and a detail containing "re-enable provisioning in Sigma with another Admin"

  @id-abee7035
  Scenario: The Admin was unassigned from the Sigma application in the IdP
    Given the IdP provisions the user "ada@example.com" with account type "Admin"
    When the IdP unassigns "ada@example.com"
    Then SCIM calls with the bearer token "okta" fail with 401 and a detail containing "who was removed from the organisation (unassigned)"

  @id-6dcaa2e8
  Scenario: The Admin's account type was changed in the IdP
    Given the IdP provisions the user "ada@example.com" with account type "Admin"
    When the IdP changes the account type of "ada@example.com" to "Creator"
    Then the SCIM response status is 200
    And SCIM calls with the bearer token "okta" fail with 401 and a detail containing "account type changed from Admin to Creator"

  @id-6d9a2f41
  Scenario: The Admin's account, created before SCIM, was archived through the API
    When the API archives "ada@example.com"
    Then the API answers 200
    And SCIM calls with the bearer token "okta" fail with 401 and a detail containing "who was archived"

  @id-9c1296e7
  Scenario: Re-enabling with a new Admin issues a new token; the failed tasks are rerun and succeed
    Given the API archives "ada@example.com"
    And the IdP provisions the user "lin@example.com"
    And the SCIM response status is 401
    When "bo@example.com" turns provisioning off
    And "bo@example.com" enables provisioning with the token name "okta-2"
    Then provisioning is on, set up by "bo@example.com" with the token name "okta-2"
    And the bearer token "okta-2" differs from the bearer token "okta"
    And SCIM calls with the bearer token "okta" fail with 401 and a detail containing "turned off"
    When the IdP is given the bearer token "okta-2"
    And the IdP reruns the request that failed
    Then the SCIM response status is 201
    And within 5 seconds Sigma shows the member "lin@example.com"

  @id-20184a95
  Scenario: A dead token stays dead when the Admin comes back
    Given the API archives "ada@example.com"
    When the API unarchives "ada@example.com"
    Then the API answers 200
    And provisioning is on, set up by "ada@example.com" with the token name "okta"
    And SCIM calls with the bearer token "okta" fail with 401 and a detail containing "who was archived"
    When "bo@example.com" turns provisioning off
    And "bo@example.com" enables provisioning with the token name "okta-2"
    Then SCIM calls with the bearer token "okta" fail with 401 and a detail containing "turned off"

  @id-32b9acb4
  Scenario: Only an Admin can remove provisioning; the Admin who left cannot
    Given the API archives "ada@example.com"
    When "ada@example.com" turns provisioning off
    Then the admin control refuses with "You must be assigned the Admin account type to turn off provisioning."
