@rfc7643-2.4
Feature: The sub-attributes of multi-valued attributes keep their meanings (RFC 7643 §2.4)
  "The predefined sub-attributes listed in this section can be used with multi-valued attribute objects, but
  these sub-attributes MUST be used with the meanings defined here."
  "primary: A Boolean value indicating the 'primary' or preferred attribute value for this attribute [...]
  If not specified, the value of "primary" SHALL be assumed to be "false"."
  "Service providers MAY return element objects with the same "value" sub-attribute more than once with a
  different "type" sub-attribute (e.g., the same email address may be used for work and home) but SHOULD NOT
  return the same (type, value) combination more than once per attribute, as this complicates processing by the
  client."

  @must @req-7643-2.4-r2 @id-aea5ecee
  Scenario: value, type and primary keep their meanings
    When the client creates a user "alice" with:
      """
      {"emails": [{"value": "a-${run}@work.example.com", "type": "work", "primary": true},
                  {"value": "a-${run}@home.example.org", "type": "home"}]}
      """
    Then the response status is 201
    And "alice" read back has:
      | emails[value eq "a-${run}@work.example.com"].type    | work                      |
      | emails[value eq "a-${run}@work.example.com"].primary | true                      |
      | emails[value eq "a-${run}@home.example.org"].type    | home                      |
      | emails[primary eq true]                              | <count 1>                 |
      | emails[primary eq true].value                        | a-${run}@work.example.com |

  @must @req-7643-2.4-r5 @id-fe5e97b3
  Scenario: Values sent without primary are not returned as primary
    When the client creates a user "alice" with:
      """
      {"emails": [{"value": "a-${run}@work.example.com", "type": "work"},
                  {"value": "a-${run}@home.example.org", "type": "home"}]}
      """
    Then the response status is 201
    And "alice" read back has:
      | emails                  | <count 2> |
      | emails[primary eq true] | <count 0> |

  @may @req-7643-2.4-r7 @id-81909214
  Scenario: An address used for work and home is returned with each type at most once
    When the client creates a user "alice" with:
      """
      {"emails": [{"value": "a-${run}@example.com", "type": "work"}, {"value": "a-${run}@example.com", "type": "home"}]}
      """
    Then the answer is a 400 error, or "alice" read back has "emails[value eq \"a-${run}@example.com\"]" equal to "<present>"
    And the answer is a 400 error, or "alice" read back has at most one "emails[type eq \"work\"]"
    And the answer is a 400 error, or "alice" read back has at most one "emails[type eq \"home\"]"

  @should @req-7643-2.4-r8 @id-c4540fb2
  Scenario: The same type and value sent twice is returned at most once
    When the client creates a user "alice" with:
      """
      {"emails": [{"value": "a-${run}@example.com", "type": "work"}, {"value": "a-${run}@example.com", "type": "work"}]}
      """
    Then the answer is a 400 error, or "alice" read back has "emails[value eq \"a-${run}@example.com\"].type" equal to "work"
    And the answer is a 400 error, or "alice" read back has at most one "emails[value eq \"a-${run}@example.com\"]"
