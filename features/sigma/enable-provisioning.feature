@sigma @control
Feature: Enabling provisioning in Sigma: an Admin, SAML or OAuth, a named token shown once

  The guide, "Requirements": "You must be assigned the Admin account type to initiate provisioning." "Your Sigma
  organization must already be authenticated with your IdP using SAML." "SCIM doesn't work with the following
  authentication types: Password, SAML or password."

  "Step 1: Enable provisioning in Sigma": "The Account type and team provisioning section only appears if you have
  the SAML or OAuth authentication method configured." "When prompted to create a token to authenticate your
  integration with your IdP, enter a token name" … "On the Copy Keys section, copy the Bearer token and Directory
  base URL. Copy and store these values in a secure location."

  "SCIM with SAML": "Before you can configure SCIM for your organization, you must disable any password-based
  authentication methods."

  Interpretation: the portal refuses, naming the reason, instead of hiding the section. "Copy and store these
  values" means the token is shown once: Sigma keeps only a hash and never shows it again. The Directory base URL
  is the SCIM endpoint the IdP is given, and the bearer token works there at once. While provisioning is on, a
  password-based method cannot be chosen again (it would break the requirement above).

  Background:
    Given a Sigma organisation whose authentication method is "SAML"
    And the member "ada@example.com" with account type "Admin"

  @id-5bd4f72e
  Scenario Outline: SCIM doesn't work with the "<method>" authentication method
    Given "ada@example.com" sets the authentication method to "<method>"
    When "ada@example.com" enables provisioning with the token name "okta"
    Then the admin control refuses with a reason containing "SCIM doesn't work with the following authentication types: Password, SAML or password"
    And the admin control refuses with a reason containing "'<method>'"
    And provisioning is off

    Examples:
      | method           |
      | Password         |
      | SAML or password |

  @id-954993ef
  Scenario Outline: With "<method>" an Admin enables provisioning and copies a bearer token and the Directory base URL
    Given "ada@example.com" sets the authentication method to "<method>"
    When "ada@example.com" enables provisioning with the token name "okta"
    Then provisioning is on, set up by "ada@example.com" with the token name "okta"
    And the keys show a bearer token and the Directory base URL of the SCIM endpoint
    When the IdP is given the bearer token "okta"
    And the IdP lists users
    Then the SCIM response status is 200

    Examples:
      | method |
      | SAML   |
      | OAuth  |

  @id-256ea450
  Scenario: You must be assigned the Admin account type to initiate provisioning
    Given the member "cy@example.com" with account type "Creator"
    When "cy@example.com" enables provisioning with the token name "okta"
    Then the admin control refuses with "You must be assigned the Admin account type to initiate provisioning."
    And provisioning is off

  @id-d7a236eb
  Scenario: Enabling provisioning needs a token name
    When "ada@example.com" enables provisioning with the token name ""
    Then the admin control refuses with a reason containing "Enter a token name"

  @id-daf5ed53
  Scenario: The bearer token is shown once and never again
    When "ada@example.com" enables provisioning with the token name "okta"
    Then the Admin Portal's provisioning status does not show the bearer token "okta"

  @id-b9b37548
  Scenario: Password-based authentication cannot come back while provisioning is on
    Given "ada@example.com" has enabled provisioning with the token name "okta"
    When "ada@example.com" sets the authentication method to "SAML or password"
    Then the admin control refuses with a reason containing "Turn off account type and team provisioning"
    And the authentication method is "SAML"

  @id-70f04611
  Scenario: Without provisioning there is no bearer token the IdP could use
    When the IdP, without a bearer token from Sigma, lists users
    Then the SCIM response status is 401
