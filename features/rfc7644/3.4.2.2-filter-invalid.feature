@rfc7644-3.4.2.2 @rfc7644-3.12 @filter
Feature: Invalid filters (RFC 7644 §3.4.2.2, §3.12)
  "invalidFilter: The specified filter syntax was invalid (does not comply with Figure 1), or the specified
  attribute and filter comparison combination is not supported." (400)
  "Boolean and Binary attributes SHALL cause a failed response (HTTP status code 400 Bad Request) with a
  scimType of invalidFilter" for gt, ge, lt and le.
  A malformed filter is the client's error: never a 5xx. A filter that does not comply with Figure 1 has no
  operation the server can recognize, and the one key-word sentence on refusing a filter, "Providers MUST decline
  to filter results if the specified filter operation is not recognized and return an HTTP 400 error with a
  "scimType" error of "invalidFilter"" (7644-3.4.2.2-r36), names the status and the scimType together.

  @must @id-32e57f65
  Scenario Outline: The filter <filter> is rejected with 400 invalidFilter
    When the client filters Users with <filter>
    Then the response is a SCIM error 400 with scimType "invalidFilter"

    @req-7644-3.4.2.2-r36
    Examples: malformed syntax
      | filter                                  |
      | userName eq                             |
      | userName "x"                            |
      | userName xx "x"                         |
      | userName equals "x"                     |
      | (userName eq "x"                        |
      | userName eq "x")                        |
      | userName eq "unterminated               |
      | and userName eq "x"                     |
      | userName eq "x" and                     |
      | userName eq "x" or                      |
      | userName eq "x" userName eq "y"         |
      | emails[type eq "work"                   |
      | emails[type eq "work"]]                 |
      | emails[]                                |
      | not userName eq "x"                     |
      | userName pr "x"                         |
      | userName eq bareword                    |
      | userName eq 'single-quoted'             |
      | userName eq "x" and ()                  |
      | ()                                      |
      | emails[type eq "work"].value[primary eq true] |

    @req-7644-3.4.2.2-r17
    Examples: ordering comparisons on booleans
      | filter                                  |
      | active gt true                          |
      | active ge false                         |
      | active lt true                          |
      | active le false                         |

  @must @id-808f97c9 @req-7644-3.4.2.2-r36
  Scenario Outline: An invalid filter on Groups is rejected too: <filter>
    When the client filters Groups with <filter>
    Then the response is a SCIM error 400 with scimType "invalidFilter"

    Examples:
      | filter                         |
      | displayName eq                 |
      | displayName eq "x" and         |
      | (displayName eq "x"            |
