@sigma @control
Feature: If account type and team provisioning is turned off, changes in your IdP no longer sync to Sigma

  The guide, Step 1: "If account type and team provisioning is turned off, changes in your IdP no longer sync to
  Sigma."

  Interpretation: turning provisioning off revokes the bearer token; every SCIM call with it is refused with 401
  and a SCIM error whose detail says provisioning was turned off. What the IdP had pushed stays in Sigma. Turning it
  on again issues a new token (admin-bound-token.feature).

  Background:
    Given a Sigma organisation whose authentication method is "SAML"
    And the member "ada@example.com" with account type "Admin"
    And "ada@example.com" has enabled provisioning with the token name "okta"
    And the IdP is given the bearer token "okta"
    And the IdP provisions the user "lin@example.com" with account type "Creator"

  @id-649fe77b
  Scenario: Changes in the IdP no longer sync once provisioning is turned off
    When "ada@example.com" turns provisioning off
    And the IdP provisions the user "kim@example.com"
    Then the SCIM response is an error 401
    And the SCIM error detail contains "provisioning was turned off in Sigma"
    And the SCIM error detail contains "changes in your IdP no longer sync to Sigma"
    And Sigma does not show the member "kim@example.com" yet

  @id-59fd1671
  Scenario: An update from the IdP is refused too, and what was pushed before stays
    Given within 5 seconds Sigma shows the member "lin@example.com"
    When "ada@example.com" turns provisioning off
    And the IdP changes the account type of "lin@example.com" to "Viewer"
    Then the SCIM response is an error 401
    And Sigma shows the member "lin@example.com" with account type "Creator"
