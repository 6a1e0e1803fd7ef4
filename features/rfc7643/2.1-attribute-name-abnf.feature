@rfc7643-2.1
Feature: Attribute names follow the ATTRNAME rule (RFC 7643 §2.1)
  "Attribute names MUST conform to the following ABNF [RFC5234] rules:
      ATTRNAME   = ALPHA *(nameChar)
      nameChar   = "-" / "_" / DIGIT / ALPHA"
  An extension's container is named by its schema URI (RFC 7643 §3.3) and "$ref" is the reference sub-attribute
  RFC 7643 §2.4 defines; neither is an attribute name of the ABNF.

  @must @req-7643-2.1-r3 @id-5ddee76e
  Scenario: A user's attribute and sub-attribute names are ATTRNAMEs
    Given a user "alice" with:
      """
      {"nickName": "Ally", "title": "Tour Guide", "preferredLanguage": "en-US", "timezone": "America/Los_Angeles",
       "phoneNumbers": [{"value": "+1 555 0100", "type": "work"}],
       "addresses": [{"type": "work", "streetAddress": "100 Universal City Plaza", "locality": "Hollywood"}]}
      """
    Then "alice" read back has only attribute names of the ATTRNAME form

  @must @req-7643-2.1-r3 @id-859203b1
  Scenario: A group's attribute and member sub-attribute names are ATTRNAMEs
    Given a user "alice"
    And a group "team" with members "alice"
    Then "team" read back has only attribute names of the ATTRNAME form
