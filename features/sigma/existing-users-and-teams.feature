@sigma @control
Feature: Users and teams that existed before SCIM remain; an IdP can link them, and no work is lost

  The guide, "What will happen to my existing users and teams?": "After transitioning to SCIM, existing users and
  teams remain in Sigma but can no longer be edited in Sigma."
  - "Users: Your IdP might allow you to link to an existing user with the same email address in Sigma. No work will
    be lost, and admin management of that user can then be maintained through your IdP."
  - "User account types: If you transition to SCIM and change from managing a user originally created in Sigma to
    managing the user in your IdP, Sigma automatically respects the account type defined in the IdP, regardless of
    what was originally set in Sigma."
  - "Teams: Your IdP might allow you to link a group in your IdP to an existing team in Sigma. No work will be lost,
    and admin management of that group/team can then be maintained through IdP."
  Limitations: "Importing groups to an IdP from Sigma teams is not currently supported."

  Interpretation: users and teams created in Sigma are not listed to the IdP until it links them ("User accounts
  created before SCIM was configured cannot be managed in the IdP"), so the guide's hedged "you might be able to
  import users from Sigma into your IdP" is not offered by this profile. The IdP links a user by provisioning one
  whose email (its userName or an email address, compared ignoring case) is an existing user's: the answer is
  201 with the existing member's id as the SCIM id; the member keeps its id and its documents ("no work will be
  lost") and from then on has the account type the IdP sends — Lite when it sends none. The IdP links a group by
  pushing one with the name of an existing team: the group gets the team's id, the team keeps its members, and the
  IdP's members join them.

  Background:
    Given a Sigma organisation whose authentication method is "SAML"
    And the member "ada@example.com" with account type "Admin"
    And the member "grace@example.com" with account type "Creator" who owns "Q3 forecast, Churn model"
    And the team "Finance" with the members "grace@example.com"
    And "ada@example.com" has enabled provisioning with the token name "okta"
    And the IdP is given the bearer token "okta"

  @id-0092e852
  Scenario: Existing users and teams remain in Sigma after the transition
    Then Sigma shows the member "grace@example.com" with account type "Creator"
    And the team "Finance" in Sigma has the members "grace@example.com"

  @id-95801676
  Scenario: A user created before SCIM is not listed to the IdP until it is linked
    When the IdP looks up the user "grace@example.com"
    Then the IdP finds no user "grace@example.com"

  @id-b805c01b
  Scenario: The IdP links an existing user with the same email address; no work is lost
    When the IdP provisions the user "Grace@Example.com" with account type "Creator"
    Then the SCIM response status is 201
    And the SCIM response's id is the member id of "grace@example.com"
    And within 5 seconds Sigma shows the member "grace@example.com" as managed by the IdP
    And Sigma has exactly 1 member with the email "grace@example.com"
    And the member "grace@example.com" still owns "Q3 forecast, Churn model"

  @id-9114a30d
  Scenario: Sigma respects the account type defined in the IdP, regardless of what was set in Sigma
    When the IdP provisions the user "grace@example.com" with account type "Viewer"
    Then the SCIM response's id is the member id of "grace@example.com"
    And within 5 seconds Sigma shows the member "grace@example.com" with account type "Viewer"
    And Sigma has exactly 1 member with the email "grace@example.com"

  @id-af67173b
  Scenario: A linked user without an account type in the IdP gets the default Lite
    When the IdP provisions the user "grace@example.com"
    Then the SCIM response's id is the member id of "grace@example.com"
    And within 5 seconds Sigma shows the member "grace@example.com" with account type "Lite"
    And Sigma has exactly 1 member with the email "grace@example.com"

  @id-ac1721cd
  Scenario: Admin management of a linked user is then maintained through the IdP
    Given the IdP provisions the user "grace@example.com" with account type "Creator"
    When the IdP deactivates "grace@example.com"
    Then the SCIM response status is 200
    And within 5 seconds Sigma shows the member "grace@example.com" as "inactive"
    And Sigma has exactly 1 member with the email "grace@example.com"

  @id-28c265ab
  Scenario: Importing groups to an IdP from Sigma teams is not supported
    When the IdP looks up the group "Finance"
    Then the IdP finds no group "Finance"
    When the IdP lists groups
    Then the SCIM list has no group "Finance"

  @id-0c1b894c
  Scenario: The IdP links a group to an existing team with the same name; no work is lost
    Given the IdP provisions the user "lin@example.com"
    When the IdP pushes the group "Finance" with the members "lin@example.com"
    Then the SCIM response status is 201
    And the SCIM response's id is the team id of "Finance"
    And within 5 seconds the team "Finance" in Sigma has the members "grace@example.com, lin@example.com"
    And Sigma has exactly 1 team named "Finance"

  @id-f3f00316
  Scenario: A group with a new name becomes a new team
    Given the IdP provisions the user "lin@example.com"
    When the IdP pushes the group "Marketing" with the members "lin@example.com"
    Then the SCIM response status is 201
    And within 5 seconds the team "Marketing" in Sigma has the members "lin@example.com"
