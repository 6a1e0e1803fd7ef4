@sigma @control
Feature: Provisioning users and groups can take a few moments

  Troubleshooting: "I added a new user to my Sigma application, but their account has not shown up in Sigma. What
  should I do?" — "Provisioning users and groups can take a few moments. If provisioning is taking longer than
  expected, check the provisioning status page for your IdP, if available. If the user was assigned before
  provisioning was configured, you might need to remove and reassign users."

  Interpretation: the SCIM endpoint answers at once and its own reads are immediately consistent (RFC 7644), but a
  change reaches the organisation — the Admin Portal and GET /v2/members — only after a delay, which the profile
  makes configurable (zero by default). A client must therefore poll with a deadline, never sleep: the steps
  "within N seconds Sigma shows …" poll the REST API until the deadline. The profile's clock can be moved forward
  by the control API, so a scenario lets "a few moments" pass without waiting for them. A user assigned before
  provisioning was configured was never pushed: the IdP had no bearer token, its request failed with 401, and
  removing and reassigning the user in the IdP pushes it again.

  Background:
    Given a Sigma organisation whose authentication method is "SAML"
    And the member "ada@example.com" with account type "Admin"

  @id-94290dbd
  Scenario: A new user has not shown up yet; it shows up a few moments later
    Given "ada@example.com" has enabled provisioning with the token name "okta"
    And the IdP is given the bearer token "okta"
    And provisioning takes 30 seconds
    When the IdP provisions the user "lin@example.com"
    Then the SCIM response status is 201
    And the IdP reads the user "lin@example.com" with userName "lin@example.com"
    And Sigma does not show the member "lin@example.com" yet
    When 30 seconds pass
    Then within 5 seconds Sigma shows the member "lin@example.com"

  @id-79ea2d10
  Scenario: Groups take a few moments too, and arrive after their members
    Given "ada@example.com" has enabled provisioning with the token name "okta"
    And the IdP is given the bearer token "okta"
    And provisioning takes 30 seconds
    When the IdP provisions the user "lin@example.com"
    And the IdP pushes the group "Marketing" with the members "lin@example.com"
    Then Sigma has no team named "Marketing" yet
    When 30 seconds pass
    Then within 5 seconds the team "Marketing" in Sigma has the members "lin@example.com"

  @id-1265284a
  Scenario: A user assigned before provisioning was configured shows up after it is removed and reassigned
    When the IdP, without a bearer token from Sigma, provisions the user "lin@example.com"
    Then the SCIM response status is 401
    When "ada@example.com" enables provisioning with the token name "okta"
    And the IdP is given the bearer token "okta"
    And 60 seconds pass
    Then Sigma does not show the member "lin@example.com" yet
    When the IdP removes and reassigns the user "lin@example.com"
    Then the SCIM response status is 201
    And within 5 seconds Sigma shows the member "lin@example.com"
