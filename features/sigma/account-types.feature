@sigma @control
Feature: The account type travels in userType; Lite by default; a custom type must match exactly

  The guide: "Configuring SCIM for your organization allows you to create and manage users and groups in your IdP
  and automatically push them to your Sigma organization as users and teams." It calls the feature "Account type
  and team provisioning"; "Sigma automatically respects the account type defined in the IdP".

  Sigma's Okta page (https://help.sigmacomputing.com/hc/en-us/articles/1500001556701): the account type travels in the SCIM core attribute
  userType; "With no account type set, a pushed user gets the default Lite type. Custom account types must match a
  Sigma account-type name exactly."

  Interpretation: the defined account types are Admin, Creator, Viewer and Lite plus any custom type the
  organisation defines. "Exactly" is case-sensitive and without surrounding spaces, for every type. A userType that
  is not a defined account type is refused with 400 invalidValue whose detail lists the defined types, and nothing
  changes. The user's SCIM representation carries the account type it got, Lite included.

  Background:
    Given a Sigma organisation whose authentication method is "SAML"
    And the member "ada@example.com" with account type "Admin"
    And the custom account type "Finance Analyst"
    And "ada@example.com" has enabled provisioning with the token name "okta"
    And the IdP is given the bearer token "okta"

  @id-e1cd3489
  Scenario: With no account type set, a pushed user gets the default Lite type
    When the IdP provisions the user "lin@example.com"
    Then the SCIM response status is 201
    And the SCIM response has userType "Lite"
    And within 5 seconds Sigma shows the member "lin@example.com" with account type "Lite"

  @id-77ae5770
  Scenario Outline: A defined account type is taken as it is: <type>
    When the IdP provisions the user "lin@example.com" with account type "<type>"
    Then the SCIM response status is 201
    And the SCIM response has userType "<type>"
    And within 5 seconds Sigma shows the member "lin@example.com" with account type "<type>"

    Examples:
      | type            |
      | Creator         |
      | Viewer          |
      | Finance Analyst |

  @id-fefa063c
  Scenario Outline: An account type that does not match exactly is refused: "<type>"
    When the IdP provisions the user "lin@example.com" with account type "<type>"
    Then the SCIM response is an error 400 with scimType "invalidValue"
    And the SCIM error detail contains "must match one of 'Admin', 'Creator', 'Viewer', 'Lite', 'Finance Analyst' exactly"
    And the IdP finds no user "lin@example.com"

    Examples:
      | type            |
      | admin           |
      | Finance analyst |
      | Employee        |

  @id-1ca20b59
  Scenario: Changing a user's account type to one that is not defined changes nothing
    Given the IdP provisions the user "lin@example.com" with account type "Creator"
    When the IdP changes the account type of "lin@example.com" to "Superuser"
    Then the SCIM response is an error 400 with scimType "invalidValue"
    And within 5 seconds Sigma shows the member "lin@example.com" with account type "Creator"

  @id-37160146
  Scenario: The IdP changes a user's account type
    Given the IdP provisions the user "lin@example.com" with account type "Viewer"
    When the IdP changes the account type of "lin@example.com" to "Creator"
    Then the SCIM response status is 200
    And within 5 seconds Sigma shows the member "lin@example.com" with account type "Creator"
