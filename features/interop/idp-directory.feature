@interop
Feature: What the IdP itself remembers decides what reaches the provider
  The provider guide's troubleshooting advice: "Provisioning users and groups can take a few moments. […] If the
  user was assigned before provisioning was configured, you might need to remove and reassign users." And: "Do not
  use SCIM provisioning for the same user across multiple IdPs" — while also "Use the same SCIM secret for all IdPs".

  @idp-okta @id-c716d262
  Scenario: a user assigned before provisioning was enabled is pushed only after being removed and reassigned
    Given the reference server in lenient mode
    And an "okta" IdP with provisioning off
    And the "okta" IdP has "casey" assigned to the app
    When provisioning is enabled in the "okta" IdP
    And the "okta" IdP runs a provisioning cycle
    Then the target has no user "casey"
    And the "okta" IdP has not linked "casey"
    When the "okta" IdP removes "casey" from the app and assigns them again
    And the "okta" IdP runs a provisioning cycle
    Then within 5 seconds the target has the user "casey"

  @idp-okta @idp-entra @id-6409f45e
  Scenario: two IdPs provisioning one user through the same secret overwrite each other; the last writer wins
    Given the reference server in lenient mode
    And an "okta" IdP with provisioning on
    And an "entra" IdP with provisioning on
    And the "okta" IdP has "robin" assigned to the app
    And the "entra" IdP has "robin" assigned to the app
    When the "okta" IdP runs a provisioning cycle
    And the "entra" IdP runs a provisioning cycle
    Then the "okta" IdP and the "entra" IdP linked "robin" to the same target user
    When the "okta" IdP sets the family name of "robin" to "Okta-Side"
    And the "entra" IdP sets the family name of "robin" to "Entra-Side"
    Then within 5 seconds the target shows "robin" with family name "Entra-Side"
    When the "okta" IdP sets the family name of "robin" to "Okta-Again"
    Then within 5 seconds the target shows "robin" with family name "Okta-Again"
