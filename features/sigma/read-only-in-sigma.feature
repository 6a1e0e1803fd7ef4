@sigma @control
Feature: After provisioning is enabled, users and teams are managed through the IdP, not in Sigma

  Troubleshooting-style question of the guide: "Will I be able to edit users and teams in Sigma?" — "After
  transitioning to SCIM, all management of users and teams must be done through your IdP. Although they are not
  directly editable in Sigma, both users and teams are displayed in the Administration portal in Sigma."
  "Step 3": "Because SCIM is enabled, you can no longer manage users and teams in Sigma."

  Interpretation: "in Sigma" covers the Admin Portal and Sigma's REST API. While provisioning is on, both refuse
  (REST API: 403 with a message) to change users and teams, and still list them. The two exceptions the guide
  itself prescribes are in their own features: archiving a user that predates SCIM
  (deactivate-users-from-before-scim.feature) and removing a team leftover (team-leftovers.feature). Once
  provisioning is turned off, Sigma can edit again.

  Background:
    Given a Sigma organisation whose authentication method is "SAML"
    And the member "ada@example.com" with account type "Admin"
    And the member "grace@example.com" with account type "Creator"
    And the team "Finance" with the members "grace@example.com"
    And "ada@example.com" has enabled provisioning with the token name "okta"
    And the IdP is given the bearer token "okta"

  @id-936bc901
  Scenario: A user pushed by the IdP cannot be edited through Sigma's API
    Given the IdP provisions the user "lin@example.com" with account type "Viewer"
    And within 5 seconds Sigma shows the member "lin@example.com"
    When the API sets the memberType of "lin@example.com" to "Creator"
    Then the API answers 403 with a message containing "is managed by your IdP through SCIM"
    And Sigma shows the member "lin@example.com" with account type "Viewer"

  @id-7a760700
  Scenario: The Admin Portal cannot add users, change account types or add teams
    When the Admin Portal adds the member "new@example.com" with account type "Lite"
    Then the admin control refuses with a reason containing "all management of users and teams must be done through your IdP"
    When the Admin Portal changes the account type of "grace@example.com" to "Admin"
    Then the admin control refuses with a reason containing "not directly editable in Sigma"
    When the Admin Portal adds the team "Sales"
    Then the admin control refuses with a reason containing "not directly editable in Sigma"

  @id-0b83fbfb
  Scenario: A team cannot be renamed through Sigma's API
    When the API renames the team "Finance" to "Finance & Ops"
    Then the API answers 403 with a message containing "all management of users and teams must be done through your IdP"

  @id-dfabd841
  Scenario: Users and teams are still displayed
    Given the IdP provisions the user "lin@example.com"
    Then within 5 seconds Sigma shows the member "lin@example.com"
    And Sigma shows the member "grace@example.com" with account type "Creator"
    And the team "Finance" in Sigma has the members "grace@example.com"

  @id-8d4212cd
  Scenario: With provisioning turned off, Sigma manages users and teams again
    Given the IdP provisions the user "lin@example.com" with account type "Viewer"
    And within 5 seconds Sigma shows the member "lin@example.com"
    When "ada@example.com" turns provisioning off
    And the API sets the memberType of "lin@example.com" to "Creator"
    Then the API answers 200
    And Sigma shows the member "lin@example.com" with account type "Creator"
    When the API renames the team "Finance" to "Finance & Ops"
    Then the API answers 200
