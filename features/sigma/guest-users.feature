@sigma @control
Feature: Guest user accounts are not supported when using SCIM

  The guide: "Guest user accounts are not supported when using SCIM." "Guest users: If you previously allowed guest
  users to your organization, if you transition to SCIM their accounts are disabled and they will no longer be
  able to sign in to Sigma."

  Interpretation: enabling provisioning disables every guest account (it stays, inactive: its data is not lost);
  turning provisioning off again does not bring guests back. An IdP cannot provision a guest: a user whose email
  belongs to a guest account is refused with 409 uniqueness, and a userType of "Guest" is refused with 400
  invalidValue (it is not an account type). No guest can be added while provisioning is on.

  Background:
    Given a Sigma organisation whose authentication method is "SAML"
    And the member "ada@example.com" with account type "Admin"
    And the guest "pat@partner.example"

  @id-a78c7e9a
  Scenario: Enabling provisioning disables the guests; they can no longer sign in to Sigma
    Given "pat@partner.example" can sign in to Sigma
    When "ada@example.com" enables provisioning with the token name "okta"
    Then "pat@partner.example" cannot sign in to Sigma because "guest user accounts are not supported when using SCIM"
    And Sigma shows the member "pat@partner.example" as "inactive"
    And "ada@example.com" can sign in to Sigma

  @id-1294f0ff
  Scenario: An IdP cannot provision a guest
    Given "ada@example.com" has enabled provisioning with the token name "okta"
    And the IdP is given the bearer token "okta"
    When the IdP provisions the user "pat@partner.example"
    Then the SCIM response is an error 409 with scimType "uniqueness"
    And the SCIM error detail contains "guest user accounts are not supported when using SCIM"
    And "pat@partner.example" cannot sign in to Sigma because "guest"

  @id-c4e6c67e
  Scenario: "Guest" is not an account type an IdP can push
    Given "ada@example.com" has enabled provisioning with the token name "okta"
    And the IdP is given the bearer token "okta"
    When the IdP provisions the user "lin@example.com" with account type "Guest"
    Then the SCIM response is an error 400 with scimType "invalidValue"
    And the SCIM error detail contains "Guest user accounts are not supported when using SCIM."

  @id-d624f130
  Scenario: No guest can be added while provisioning is on
    Given "ada@example.com" has enabled provisioning with the token name "okta"
    When the Admin Portal adds the guest "sam@partner.example"
    Then the admin control refuses with "Guest user accounts are not supported when using SCIM."
