@rfc7643-2.4
Feature: Multi-valued attributes (RFC 7643 §2.4)
  "The primary attribute value "true" MUST appear no more than once."
  "type: A label indicating the attribute's function, e.g., "work" or "home"."
  "value: The attribute's significant value, e.g., email address, phone number."
  "display: A human-readable name, primarily used for display purposes and having a mutability of
  "immutable"."

  @should @req-7643-2.4-r3 @req-7643-2.4-r6 @id-24b17acb
  Scenario: Multi-valued values are kept with their type and primary flag
    When the client creates a user "alice" with:
      """
      {"emails": [{"value": "a-${run}@work.example.com", "type": "work", "primary": true},
                  {"value": "a-${run}@home.example.org", "type": "home", "primary": false}],
       "phoneNumbers": [{"value": "+1 555 0100", "type": "work"}, {"value": "+1 555 0199", "type": "mobile"}]}
      """
    Then the response status is 201
    And "alice" read back has:
      | emails                         | <count 2>                 |
      | emails[type eq "work"].primary | true                      |
      | emails[type eq "home"].value   | a-${run}@home.example.org |
      | phoneNumbers                   | <count 2>                 |

  @must @req-7643-2.4-r4 @id-ab1ddffd
  Scenario: Two primary values are refused or reduced to one
    When the client creates a user "alice" with:
      """
      {"emails": [{"value": "a-${run}@work.example.com", "type": "work", "primary": true},
                  {"value": "a-${run}@home.example.org", "type": "home", "primary": true}]}
      """
    Then the answer is a 400 error, or "alice" read back has at most one "emails[primary eq true]"

  @must @patch @req-7643-2.4-r4 @id-2caf7b71
  Scenario: Adding a primary value by PATCH leaves at most one primary
    Given a user "alice"
    When the client patches "alice" with operations:
      """
      [{"op": "add", "path": "emails", "value": [{"value": "a-${run}@home.example.org", "type": "home", "primary": true}]}]
      """
    Then the answer is a 400 error, or "alice" read back has at most one "emails[primary eq true]"

  @should @req-7643-4.1.2-r14 @id-d1333a3c
  Scenario: Addresses keep their sub-attributes
    When the client creates a user "alice" with:
      """
      {"addresses": [{"type": "work", "streetAddress": "100 Universal City Plaza", "locality": "Hollywood",
                      "region": "CA", "postalCode": "91608", "country": "US", "primary": true}]}
      """
    Then "alice" read back has:
      | addresses[type eq "work"].streetAddress | 100 Universal City Plaza |
      | addresses[type eq "work"].postalCode    | 91608                    |
      | addresses[type eq "work"].country       | US                       |

  @should @req-7643-2.4-r3 @id-9eb6aa04
  Scenario: Group members carry their type
    Given a user "alice"
    When the client creates a group "team" with:
      """
      {"members": [{"value": "${alice.id}", "type": "User"}]}
      """
    Then "team" read back has "members[value eq \"${alice.id}\"].type" equal to "User"
