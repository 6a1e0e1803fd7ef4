@rfc7644-3.13
Feature: SCIM protocol versions in the URL (RFC 7644 §3.13)
  "The Base URL MAY be appended with a version identifier as a separate segment in the URL path. If specified, the
  version identifier MUST appear in the URL path immediately preceding the resource endpoint and conform to the
  following scheme: the character "v" followed by the desired SCIM version number, e.g., a version "v2" User
  request is specified as /v2/Users. When specified, service providers MUST perform the operation using the
  desired version or reject the request."
  Table 9 (§3.12): "invalidVers | The specified SCIM protocol version is not supported (see Section 3.13)."
  Version 99 of SCIM does not exist: a request naming it is put where the base URL's own version segment is (or
  after the base URL when it names none), and no provider can perform it as asked.

  @may @id-d675cd75 @req-7644-3.13-r1
  Scenario: A version the base URL names is "v" and the version number, and SCIM 2.0 is served there
    When the client sends GET "/ServiceProviderConfig"
    Then the response status is 200
    And the response has "schemas" equal to "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"
    And the base URL's version segment, where it has one, is "v" and the version number

  @must @id-10887e05 @req-7644-3.13-r2
  Scenario: A created resource's Location carries the base URL's version right before its endpoint
    When the client creates a user "alice"
    Then the response status is 201
    And the Location carries the base URL's version right before "Users"

  @must @id-cd5579e7 @req-7644-3.13-r3
  Scenario: A create naming a SCIM version that does not exist is refused
    When the client sends POST "/Users" naming SCIM version "v99" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.v99"}
      """
    Then the request is refused with a 4xx status

  @should @id-8776011f @req-7644-3.12-r26
  Scenario: A request naming a SCIM version the target does not support is refused 400 invalidVers
    When the client sends POST "/Users" naming SCIM version "v99" with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.v99"}
      """
    Then the response is a SCIM error 400 with scimType "invalidVers"
