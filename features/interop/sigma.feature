@interop @sigma-interop
Feature: The IdP dialects against the sigma profile
  The provider guide: "Changing a user's username when you have SCIM configured is not recommended. Changing a
  user's username creates a new account for that user in Sigma and does not update the username of an existing
  user." They run against the reference server's sigma profile
  (skipped, with the reason, where that profile is not on the classpath).

  @idp-okta @id-18bc3bf9
  Scenario: every Okta lifecycle step shows the provider's documented behaviour
    Given the reference server with the "sigma" profile
    When the "okta" IdP runs its whole lifecycle
    Then every step it takes passes

  @idp-okta @id-d49819da
  Scenario: a username changed in Okta makes a new account in Sigma and leaves the old one
    Given the reference server with the "sigma" profile
    And an "okta" IdP with provisioning on
    And the "okta" IdP has "jordan" assigned to the app
    When the "okta" IdP runs a provisioning cycle
    Then within 5 seconds the target has the user "jordan"
    When the "okta" IdP changes the username of "jordan" to "jordan.new"
    Then the IdP's last request was answered 201
    And within 5 seconds the target has the users "jordan" and "jordan.new" as two accounts

  @idp-okta @id-396270b4
  Scenario: against the rfc profile the same change renames the user in place
    Given the reference server in strict mode
    And an "okta" IdP with provisioning on
    And the "okta" IdP has "jordan" assigned to the app
    When the "okta" IdP runs a provisioning cycle
    And the "okta" IdP changes the username of "jordan" to "jordan.new"
    Then the IdP's last request was answered 200
    And within 5 seconds the target has the user "jordan.new"
    And the target has no user "jordan"
