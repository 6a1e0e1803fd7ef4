@sigma @control
Feature: With SAML alone, a user must sign in to Sigma for updates to persist

  The guide, "SCIM with SAML": "SAML allows Single Sign On (SSO) and management of users, but when using SAML alone,
  syncing new users and updates between your IdP and Sigma is not automatic. A user must sign in to Sigma for
  updates to persist in Sigma. When you add SCIM to your SAML configuration, you can manage Sigma teams from your
  IdP, and both user and group/team data in your IdP are automatically synced to your Sigma organization."

  Interpretation: without provisioning, the IdP reaches Sigma only through the SAML assertion of a sign-in, which
  carries what the IdP holds about the person (here the account type, the attribute SCIM sends as userType). Sigma
  applies it when the person signs in, and not before, however long one waits; a person with no account yet gets
  one at that sign-in.

  Background:
    Given a Sigma organisation whose authentication method is "SAML"
    And the member "ada@example.com" with account type "Admin"
    And the member "lin@example.com" with account type "Creator"

  @id-51cab4a2
  Scenario: With SAML alone, a user must sign in to Sigma for updates to persist
    Given the IdP's SAML assertion for "lin@example.com" carries the account type "Viewer"
    And the IdP's SAML assertion for "kim@example.com" carries the account type "Viewer"
    When 60 seconds pass
    Then Sigma shows the member "lin@example.com" with account type "Creator"
    And Sigma does not show the member "kim@example.com" yet
    When "lin@example.com" signs in to Sigma through SAML
    And "kim@example.com" signs in to Sigma through SAML
    Then Sigma shows the member "lin@example.com" with account type "Viewer"
    And Sigma shows the member "kim@example.com" with account type "Viewer"
