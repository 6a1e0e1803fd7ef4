@interop @sigma-interop
Feature: The IdP dialects against the sigma profile
  The provider guide: "Changing a user's username when you have SCIM configured is not recommended. Changing a
  user's username creates a new account for that user in Sigma and does not update the username of an existing
  user." These scenarios run once the reference server offers the sigma profile; until then they are skipped.

  @idp-okta
  Scenario: every Okta lifecycle step shows the provider's documented behaviour
    Given the reference server with the "sigma" profile
    When the "okta" IdP runs its whole lifecycle
    Then every step it takes passes
