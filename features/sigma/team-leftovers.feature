@sigma @control
Feature: A team member from before SCIM stays in the team after the IdP syncs the group without them

  Troubleshooting: "A user that used to be assigned to a team in Sigma before I enabled SCIM remained in that team
  even though they aren't in the application group in my IdP" — "If a user remains in a team after you transition
  to SCIM and have synced with the IdP, use the Sigma API to update the team membership, or turn off SCIM in Sigma,
  make the changes to your teams, then turn it back on."

  Interpretation: a team's memberships set in Sigma (before SCIM) and those pushed by the IdP are kept apart; a
  sync replaces only the IdP's. The IdP's view of the group (SCIM) shows only the IdP's members; Sigma's team
  shows both. Remedy 1, "use the Sigma API": PATCH /v2/teams/{teamId}/members with {"remove":[memberId]} is allowed
  while provisioning is on for such a leftover — and only for that: adding members, or removing one the IdP's group
  put there, is refused with 403 (the IdP manages those). Remedy 2: turn provisioning off, remove the member in
  Sigma, turn provisioning back on — which, like every set-up, issues a new bearer token for the IdP.

  Background:
    Given a Sigma organisation whose authentication method is "SAML"
    And the member "ada@example.com" with account type "Admin"
    And the member "grace@example.com" with account type "Creator"
    And the team "Finance" with the members "grace@example.com"
    And "ada@example.com" has enabled provisioning with the token name "okta"
    And the IdP is given the bearer token "okta"
    And the IdP provisions the user "grace@example.com" with account type "Creator"
    And the IdP provisions the user "lin@example.com"
    And the IdP pushes the group "Finance" with the members "grace@example.com, lin@example.com"

  @id-6aebdcfb
  Scenario: The user remains in the team after the IdP syncs the group without them
    When the IdP syncs the group "Finance" with the members "lin@example.com"
    Then the SCIM response status is 200
    And the IdP reads the group "Finance" with the members "lin@example.com"
    And within 5 seconds the team "Finance" in Sigma has the members "grace@example.com, lin@example.com"

  @id-5d680cae
  Scenario: Remedy: use the Sigma API to update the team membership
    Given the IdP syncs the group "Finance" with the members "lin@example.com"
    When the API removes "grace@example.com" from the team "Finance"
    Then the API answers 200
    And the team "Finance" in Sigma has the members "lin@example.com"

  @id-2eeb5d51
  Scenario: Remedy: turn off SCIM in Sigma, make the changes to your teams, then turn it back on
    Given the IdP syncs the group "Finance" with the members "lin@example.com"
    When "ada@example.com" turns provisioning off
    And the Admin Portal removes "grace@example.com" from the team "Finance"
    And "ada@example.com" enables provisioning with the token name "okta-2"
    And the IdP is given the bearer token "okta-2"
    Then the team "Finance" in Sigma has the members "lin@example.com"
    When the IdP syncs the group "Finance" with the members "lin@example.com"
    Then the SCIM response status is 200

  @id-83586241
  Scenario: The Sigma API does not take over the memberships the IdP manages
    When the API removes "lin@example.com" from the team "Finance"
    Then the API answers 403 with a message containing "through your IdP's group"
    When the API adds "ada@example.com" to the team "Finance"
    Then the API answers 403 with a message containing "through its group in your IdP"
    And the team "Finance" in Sigma has the members "grace@example.com, lin@example.com"
