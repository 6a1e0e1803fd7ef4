@sigma @control
Feature: Changing a user's username creates a new account (a deviation from RFC 7644)

  Troubleshooting: "Can I change a user's username?" — "Changing a user's username when you have SCIM configured is
  not recommended. Changing a user's username creates a new account for that user in Sigma and does not update the
  username of an existing user."

  This is a documented deviation from RFC 7644 §3.5.1 and §3.5.2, under which a PUT or PATCH that changes userName
  replaces that resource's userName in place. The rfc7644 scenarios this breaks are listed in reports/sigma-deviations.md.

  Interpretation: a PUT or PATCH whose userName differs (ignoring case) from the user's current one leaves that
  user exactly as it was — none of the request's other changes are applied to it — and creates a new user with the
  requested representation. The answer says what happened: 201 Created with the new user and its Location, whose
  id differs from the one in the request URL (an IdP expecting 200 and the same id sees the change it made land
  elsewhere). Both accounts exist afterwards, in SCIM and in Sigma. A change of case only is not a new username.

  Background:
    Given a Sigma organisation whose authentication method is "SAML"
    And the member "ada@example.com" with account type "Admin"
    And "ada@example.com" has enabled provisioning with the token name "okta"
    And the IdP is given the bearer token "okta"
    And the IdP provisions the user "lin@example.com" with account type "Creator"

  @id-0bb9e92c
  Scenario: A PATCH of userName creates a new account and does not update the existing user
    When the IdP changes the userName of "lin@example.com" to "lin.chen@example.com"
    Then the SCIM response status is 201
    And the SCIM response's Location is the new user's
    And the SCIM response has userName "lin.chen@example.com"
    And the SCIM response's id is not the id of the user "lin@example.com"
    And the IdP reads the user "lin@example.com" with userName "lin@example.com"
    And within 5 seconds Sigma shows the member "lin.chen@example.com"
    And Sigma shows the member "lin@example.com" with account type "Creator"

  @id-55c12f83
  Scenario: A PUT with another userName leaves the old account exactly as it was
    When the IdP replaces the user "lin@example.com" with userName "lin.chen@example.com" and account type "Viewer"
    Then the SCIM response status is 201
    And the SCIM response's id is not the id of the user "lin@example.com"
    And the IdP reads the user "lin@example.com" with userName "lin@example.com"
    And within 5 seconds Sigma shows the member "lin.chen@example.com" with account type "Viewer"
    And Sigma shows the member "lin@example.com" with account type "Creator"

  @id-78d84b12
  Scenario: A change of case only updates the existing user
    Given the IdP notes the id of the user "lin@example.com"
    When the IdP changes the userName of "lin@example.com" to "LIN@example.com"
    Then the SCIM response status is 200
    And the SCIM response's id is the id noted for "lin@example.com"
    And the SCIM response has userName "LIN@example.com"
    And Sigma has exactly 1 member with the email "lin@example.com"

  @id-744c10c6
  Scenario: A new username that another user has is refused as the RFC requires
    Given the IdP provisions the user "kim@example.com"
    When the IdP changes the userName of "lin@example.com" to "kim@example.com"
    Then the SCIM response is an error 409 with scimType "uniqueness"
