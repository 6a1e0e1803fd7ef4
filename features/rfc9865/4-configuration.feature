@rfc9865-4 @cursor
Feature: The pagination attribute of the ServiceProviderConfig (RFC 9865 §4)
  "pagination: A complex type that indicates pagination configuration options. OPTIONAL. [...] cursor: A Boolean
  value specifying support of cursor-based pagination. REQUIRED. index: A Boolean value specifying support of
  index-based pagination. REQUIRED. [...] cursorTimeout: Positive integer specifying the minimum number of seconds
  that a cursor is valid between page requests."

  @must @req-9865-4-r3 @req-9865-4-r4 @id-5ff2c55c
  Scenario: The pagination attribute is well-formed
    When the client sends GET "/ServiceProviderConfig"
    Then the response status is 200
    And the ServiceProviderConfig's pagination is well-formed

  @must @req-9865-4-r9 @filter @id-7252febc
  Scenario: The cursors the configuration claims are served
    Given users "g1, g2, g3"
    When the client asks for the first cursor page of "Users" filtered by userName sw "${run}" 2 at a time
    Then the response has "nextCursor"
    When the client continues the cursor walk to its end
    Then the cursor walk holds exactly "g1, g2, g3"

  @must @req-9865-4-r9 @filter @clock @id-d51572ba
  Scenario: A cursor stays valid for the advertised cursorTimeout
    Given users "t1, t2"
    When the client asks for the first cursor page of "Users" filtered by userName sw "${run}" 1 at a time
    And nine tenths of the target's cursorTimeout pass
    And the client follows the nextCursor
    Then the response is a ListResponse

  # RFC 9865 §4: "pagination: A complex type that indicates pagination configuration options. OPTIONAL." and its
  # OPTIONAL sub-attributes: each, where the configuration states it, has the form §4 gives it.
  @may @id-3e1364f5
  Scenario Outline: The configuration's <attribute>, where stated, is <form>
    When the client sends GET "/ServiceProviderConfig"
    Then the response status is 200
    And the ServiceProviderConfig's "<attribute>", where stated, is well-formed

    @req-9865-4-r2
    Examples: pagination
      | attribute  | form                                      |
      | pagination | an object with Booleans cursor and index |

    @req-9865-4-r5
    Examples: defaultPaginationMethod
      | attribute                          | form                |
      | pagination.defaultPaginationMethod | "cursor" or "index" |

    @req-9865-4-r6
    Examples: defaultPageSize
      | attribute                  | form               |
      | pagination.defaultPageSize | a positive integer |

    @req-9865-4-r7
    Examples: maxPageSize
      | attribute              | form               |
      | pagination.maxPageSize | a positive integer |

    @req-9865-4-r8
    Examples: cursorTimeout
      | attribute                | form               |
      | pagination.cursorTimeout | a positive integer |
