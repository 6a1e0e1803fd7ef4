@rfc7644-3.4.2.2 @filter
Feature: Logical operators, grouping and value paths in filters (RFC 7644 §3.4.2.2)
  "and: The filter is only a match if both expressions evaluate to true."
  "or: The filter is a match if either expression evaluates to true."
  "not: The filter is a match if the expression evaluates to false."
  "( ): Precedence grouping. Boolean expressions MAY be grouped using parentheses to change the standard order
  of operations, i.e., to evaluate logical "or" operators before logical "and" operators."
  "[ ]: Complex attribute filter grouping. Service providers MAY support complex filters where expressions MUST
  be applied to the same value of a parent attribute specified immediately before the left square bracket."
  "Filters MUST be evaluated using the following order of operations [...]: 1. Grouping operators 2. Logical
  operators - where "not" takes precedence over "and", which takes precedence over "or" 3. Attribute operators"

  Background:
    Given a user "alice" with:
      """
      {"title": "Tour Guide", "userType": "Employee",
       "emails": [{"value": "alice-${run}@work.example.com", "type": "work", "primary": true},
                  {"value": "alice-${run}@home.example.org", "type": "home"}]}
      """
    And a user "bob" with:
      """
      {"title": "Senior Tour Guide", "userType": "Contractor",
       "emails": [{"value": "bob-${run}@home.example.org", "type": "work"},
                  {"value": "bob-${run}@work.example.com", "type": "home"}]}
      """
    And a user "carol" with:
      """
      {"title": "Manager", "userType": "Employee", "emails": null}
      """

  @id-2292ccb2
  Scenario Outline: <filter> selects <expected>
    When the client filters Users with <filter>
    Then the list contains exactly "<expected>"

    @must @req-7644-3.4.2.2-r4 @req-7644-3.4.2.2-r21 @req-7644-3.4.2.2-r22 @req-7644-3.4.2.2-r23 @req-7644-3.4.2.2-r15
    Examples: and, or, not
      | filter                                                                              | expected          |
      | userName sw "${run}" and userType eq "Employee"                                     | alice, carol      |
      | userName sw "${run}" and userType eq "Employee" and title eq "Manager"              | carol             |
      | userName eq "${alice.userName}" or userName eq "${bob.userName}"                    | alice, bob        |
      | userName sw "${run}" and not (userType eq "Employee")                               | bob               |
      | userName sw "${run}" and not (title co "Tour")                                      | carol             |
      | userName sw "${run}" and not (not (title eq "Manager"))                             | carol             |
      | userName sw "${run}" and (title eq "Manager" or title eq "Tour Guide")              | alice, carol      |
      | (userName eq "${alice.userName}" or userName eq "${carol.userName}") and userType eq "Employee" | alice, carol |
      | userName sw "${run}" and userType eq "Contractor" and (title pr or nickName pr)     | bob               |

    @must @req-7644-3.4.2.2-r31
    Examples: "and" binds tighter than "or"
      | filter                                                                              | expected          |
      | userName sw "${run}" and title eq "Manager" or userName eq "${bob.userName}"        | carol, bob        |
      | userName eq "${bob.userName}" or userName sw "${run}" and title eq "Manager"        | bob, carol        |
      | userName eq "${bob.userName}" or userName eq "${alice.userName}" and title eq "Manager" | bob           |
      | (userName eq "${bob.userName}" or userName eq "${alice.userName}") and title eq "Manager" |             |

    @may @req-7644-3.4.2.2-r25
    Examples: value paths apply every expression to the same value
      | filter                                                                              | expected          |
      | userName sw "${run}" and emails[type eq "work" and value ew "@work.example.com"]    | alice             |
      | userName sw "${run}" and emails[type eq "home" and value ew "@work.example.com"]    | bob               |
      | userName sw "${run}" and emails[type eq "home"]                                     | alice, bob        |
      | userName sw "${run}" and emails[not (type eq "work")]                               | alice, bob        |
      | userName sw "${run}" and emails[type eq "work" or type eq "home"]                   | alice, bob        |

    @must @req-7644-3.4.2.2-r32 @req-7644-3.4.2.2-r15
    Examples: a multi-valued attribute matches when any one of its values does
      | filter                                                                              | expected          |
      | userName sw "${run}" and emails.type eq "work" and emails.value ew "@home.example.org" | alice, bob     |
      | userName sw "${run}" and not (emails pr)                                            | carol             |

  @must @id-072da054 @req-7644-3.4.2.2-r30
  Scenario: Filter values honour JSON string escapes
    Given a user "quoted" with:
      """
      {"nickName": "The \"Q\" ${run}"}
      """
    When the client filters Users with nickName eq "The \"Q\" ${run}"
    Then the list contains exactly "quoted"

  # RFC 7644 §3.4.2.2: "Service providers MAY support complex filters where expressions MUST be applied to the same
  # value of a parent attribute specified immediately before the left square bracket". alice has a work address at
  # work and a home address at home; bob's work-typed email is the home address. Only bob has one email that is
  # both. A target without [ ] filters refuses them 400 invalidFilter, and the scenario is skipped there.
  @must @id-c4126b50 @req-7644-3.4.2.2-r26
  Scenario: A [ ] filter applies all its expressions to one value of the attribute
    When the client filters Users with userName sw "${run}" and emails[type eq "work" and value ew "@home.example.org"]
    Then the target answers [ ] filters
    And the list contains exactly "bob"

  # RFC 7644 §3.4.2.2: "When applying a comparison (e.g., "eq") or presence filter (e.g., "pr") to a defaulted
  # attribute, the service provider SHALL use the value that was returned to the client that last created or
  # modified the attribute." "active" is left out of the create: whatever the create answered for it (a default,
  # or nothing) is what a filter on it sees.
  @must @id-be710e3d @req-7644-3.4.2.2-r34
  Scenario: A filter on an attribute the create left out sees the value the create answered
    When the client creates a user "dave" from exactly:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.dave"}
      """
    And the client filters Users for "dave" by the "active" its create answered
    Then the list holds "dave" exactly when its create answered "active"

  # RFC 7644 §3.4.2.2: "Filtering is an OPTIONAL parameter for SCIM service providers." A target that claims it in
  # filter.supported (every scenario tagged @filter is skipped otherwise) answers a filter with its matches.
  @may @id-7f152f00 @req-7644-3.4.2.2-r1
  Scenario: A target that supports filtering answers a filter with its matches
    When the client filters Users with userName eq "${bob.userName}"
    Then the list contains exactly "bob"
