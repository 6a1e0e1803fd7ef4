@sigma @control
Feature: One SCIM secret for all IdPs, and at most one IdP per user

  The guide, Step 2: "Do not use SCIM provisioning for the same user across multiple IdPs. Users should be
  provisioned by a maximum of one IdP to avoid conflicts in information between IdPs." "Use the same SCIM secret
  for all IdPs that you plan to provision users and teams from."

  Interpretation: Sigma issues one bearer token at a time, so every IdP uses the same one and Sigma cannot tell them
  apart. The hazard the guide warns about is therefore real: when two IdPs provision the same user, the last writer
  wins and the user's attributes flap with every sync. These scenarios record that hazard; they do not endorse it.

  Background:
    Given a Sigma organisation whose authentication method is "SAML"
    And the member "ada@example.com" with account type "Admin"
    And "ada@example.com" has enabled provisioning with the token name "shared"
    And the IdP is given the bearer token "shared"
    And the second IdP is given the bearer token "shared"

  @id-58f36ce7
  Scenario: Both IdPs use the same SCIM secret
    When the IdP provisions the user "lin@example.com"
    Then the SCIM response status is 201
    When the second IdP provisions the user "kim@example.com"
    Then the SCIM response status is 201

  @id-2fceeda3
  Scenario: The same user provisioned by two IdPs flaps between their account types (the hazard)
    Given the IdP provisions the user "lin@example.com" with account type "Creator"
    When the second IdP provisions the user "lin@example.com" with account type "Viewer"
    Then the SCIM response is an error 409 with scimType "uniqueness"
    When the second IdP changes the account type of "lin@example.com" to "Viewer"
    Then within 5 seconds Sigma shows the member "lin@example.com" with account type "Viewer"
    When the IdP changes the account type of "lin@example.com" to "Creator"
    Then within 5 seconds Sigma shows the member "lin@example.com" with account type "Creator"

  @id-89f8fb14
  Scenario: A second enable is refused while one is active; the secret stays the same
    When "ada@example.com" enables provisioning with the token name "second"
    Then the admin control refuses with a reason containing "already set up"
    And provisioning is on, set up by "ada@example.com" with the token name "shared"
    When the second IdP lists users
    Then the SCIM response status is 200
