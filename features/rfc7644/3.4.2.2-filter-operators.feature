@rfc7644-3.4.2.2 @filter
Feature: Filter operators (RFC 7644 §3.4.2.2)
  "eq: The attribute and operator values must be identical for a match."
  "ne: The attribute and operator values are not identical."
  "co: The entire operator value must be a substring of the attribute value for a match."
  "sw: The entire operator value must be a substring of the attribute value, starting at the beginning of the
  attribute value."
  "ew: The entire operator value must be a substring of the attribute value, matching at the end of the
  attribute value."
  "pr: If the attribute has a non-empty value, or if it contains a non-empty node for complex attributes,
  there is a match."
  "gt / ge / lt / le: If the attribute value is greater than (or equal to) / less than (or equal to) the operator
  value, there is a match. [...] For string attribute types, this is a lexicographical comparison, and for
  DateTime types, it is a chronological comparison."
  "When comparing attributes of type String, the case sensitivity for String type attributes SHALL be
  determined by the attribute's "caseExact" characteristic."
  "If the specified attribute in a filter expression is a multi-valued attribute, the filter matches if any of
  the values of the specified attribute match the specified criterion."

  Background:
    Given a user "alice" with:
      """
      {"title": "Tour Guide", "userType": "Employee", "nickName": "Ally", "externalId": "ext-alice-${run}",
       "name": {"familyName": "Anderson"},
       "emails": [{"value": "alice-${run}@work.example.com", "type": "work", "primary": true},
                  {"value": "alice-${run}@home.example.org", "type": "home"}]}
      """
    And a user "bob" with:
      """
      {"title": "Senior Tour Guide", "userType": "Contractor", "active": false, "externalId": "ext-bob-${run}",
       "name": {"familyName": "Baker"},
       "emails": [{"value": "bob-${run}@work.example.com", "type": "work", "primary": true}]}
      """
    And a user "carol" with:
      """
      {"title": "Manager", "userType": "Employee", "name": {"familyName": "Clark"},
       "emails": [{"value": "carol-${run}@work.example.com", "type": "work", "primary": true}]}
      """

  @must @id-6909aaeb @req-7644-3.4.2.2-r4 @req-7644-3.4.2.2-r10 @req-7644-3.4.2.2-r11 @req-7644-3.4.2.2-r12 @req-7644-3.4.2.2-r13 @req-7644-3.4.2.2-r14 @req-7644-3.4.2.2-r15 @req-7644-3.4.2.2-r16 @req-7644-3.4.2.2-r18 @req-7644-3.4.2.2-r19 @req-7644-3.4.2.2-r20 @req-7644-3.4.2.2-r32 @req-7644-3.4.2.2-r37 @req-7644-3.4.2.2-r39 @req-7644-3.10-r1 @req-7644-3.10-r4
  Scenario Outline: <filter> selects <expected>
    When the client filters Users with userName sw "${run}" and <filter>
    Then the list contains exactly "<expected>"

    Examples: string operators
      | filter                         | expected          |
      | title eq "Tour Guide"          | alice             |
      | title ne "Tour Guide"          | bob, carol        |
      | title co "Tour"                | alice, bob        |
      | title co "our Gui"             | alice, bob        |
      | title sw "Senior"              | bob               |
      | title sw "Tour"                | alice             |
      | title ew "Guide"               | alice, bob        |
      | title ew "ager"                | carol             |
      | nickName pr                    | alice             |
      | title pr                       | alice, bob, carol |
      | externalId pr                  | alice, bob        |
      | title gt "Manager"             | alice, bob        |
      | title ge "Manager"             | alice, bob, carol |
      | title lt "Senior"              | carol             |
      | title le "Manager"             | carol             |
      | title gt "Tour Guide"          |                   |
      | title lt "Manager"             |                   |

    Examples: other attribute types and sub-attributes
      | filter                                          | expected          |
      | active eq false                                 | bob               |
      | active eq true                                  | alice, carol      |
      | name.familyName eq "Baker"                      | bob               |
      | name.familyName sw "C"                          | carol             |
      | emails.type eq "home"                           | alice             |
      | emails.value ew "@home.example.org"             | alice             |
      | emails co "bob-"                                | bob               |
      | meta.created gt "2000-01-01T00:00:00Z"          | alice, bob, carol |
      | meta.created lt "2000-01-01T00:00:00Z"          |                   |
      | meta.lastModified ge "2000-01-01T00:00:00Z"     | alice, bob, carol |
      | meta.resourceType eq "User"                     | alice, bob, carol |
      | id eq "${alice.id}"                             | alice             |
      | externalId eq "ext-bob-${run}"                  | bob               |
      | urn:ietf:params:scim:schemas:core:2.0:User:title eq "Manager" | carol |

    Examples: case sensitivity follows caseExact
      | filter                                          | expected          |
      | title eq "tour guide"                           | alice             |
      | title co "TOUR"                                 | alice, bob        |
      | userName eq "${alice.userName\|upper}"          | alice             |
      | emails.value eq "BOB-${run}@WORK.EXAMPLE.COM"   | bob               |
      | externalId eq "EXT-ALICE-${run}"                |                   |
      | externalId eq "ext-alice-${run}"                | alice             |

  @must @id-ce6c5d26 @req-7644-3.4.2.2-r5 @req-7644-3.10-r5
  Scenario Outline: Attribute names and operators in filters are case insensitive: <filter>
    When the client filters Users with <filter>
    Then the list contains exactly "alice"

    Examples:
      | filter                                               |
      | USERNAME eq "${alice.userName}"                      |
      | username eq "${alice.userName}"                      |
      | userName EQ "${alice.userName}"                      |
      | userName Eq "${alice.userName}"                      |
      | userName sw "${run}" AND TITLE eq "Tour Guide"       |
      | userName SW "${run}" and nickname PR                 |
      | userName sw "${run}" and NAME.FAMILYNAME eq "Anderson" |

  @must @id-31abe934 @req-7644-3.4.2.2-r37
  Scenario: userName eq matches whatever the case of the value (userName is not caseExact)
    When the client filters Users with userName eq "${alice.userName|upper}"
    Then the list contains exactly "alice"
    And the response has "totalResults" equal to "1"

  @id-df3b1007
  Scenario Outline: Filters on group attributes: <filter>
    Given a group "red" with members "alice, bob"
    And a group "blue" with members "carol"
    When the client filters Groups with displayName sw "${run}" and <filter>
    Then the list contains exactly "<expected>"

    @must @req-7644-3.4.2.2-r4 @req-7644-3.4.2.2-r10 @req-7644-3.4.2.2-r14 @req-7644-3.4.2.2-r15 @req-7644-3.4.2.2-r32
    Examples:
      | filter                            | expected  |
      | displayName eq "${run} red"       | red       |
      | displayName ew "blue"             | blue      |
      | members.value eq "${carol.id}"    | blue      |
      | members.value eq "${alice.id}"    | red       |
      | members pr                        | red, blue |

    @may @req-7644-3.4.2.2-r25
    Examples: value paths
      | filter                            | expected  |
      | members[value eq "${bob.id}"]     | red       |
