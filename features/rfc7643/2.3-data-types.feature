@rfc7643-2.3
Feature: Attribute data types (RFC 7643 §2.3)
  "SCIM extensions SHOULD NOT introduce new data types." (§2.3)
  "Additionally, when "canonicalValues" is specified, service providers MAY restrict accepted values to the
  specified values." (§2.3.1)
  Integer: "the value MUST NOT contain fractional or exponent parts." (§2.3.4)
  DateTime: "The attribute value MUST be encoded as a valid xsd:dateTime [...] and MUST include both a date and a
  time. [...] Values represented in JSON format MUST conform to the XML constraints above and are represented as
  a JSON string." (§2.3.5)
  Binary: "The attribute value MUST be base64 encoded as specified in Section 4 of [RFC4648]. [...] Unless
  otherwise specified in the attribute definition, trailing padding characters MAY be omitted ("=")." (§2.3.6);
  "x509Certificates" is binary (§4.1.2). A target that keeps no certificates leaves its scenarios blocked.
  Reference: "A resource MAY be a SCIM resource, an external link to a resource (e.g., a photo), or an identifier
  such as a URN. The value MUST be the absolute or relative URI of the target resource. [...] the base URI for
  relative URI resolution MUST include all URI components and path segments up to, but not including, the
  Endpoint URI" (§2.3.7).
  Complex: "Servers and clients MUST NOT require or expect attributes to be in any specific order when an
  object is either generated or analyzed. A complex attribute MUST NOT contain sub-attributes that have
  sub-attributes (i.e., that are complex)." (§2.3.8)

  @should @req-7643-2.3-r1 @id-d0b0bcb6
  Scenario: The served schemas use only the data types of RFC 7643
    Then every schema served at "/Schemas" uses only the data types of RFC 7643 §2.3

  @may @req-7643-2.3.1-r2 @req-7643-2.4-r9 @req-7643-2.4-r10 @id-a067a317
  Scenario: An email type among the canonical values the User schema recommends is accepted
    Given the first canonical value the User schema gives "emails.type" is remembered as "canonical"
    When the client creates a user "alice" with:
      """
      {"emails": [{"value": "a-${run}@example.com", "type": "${canonical}"}]}
      """
    Then the response status is 201
    And "alice" read back has "emails[value eq \"a-${run}@example.com\"].type" equal to "~${canonical}"

  @may @req-7643-2.3.1-r2 @id-5378c017
  Scenario: An email type outside the canonical values is refused with 400 or kept as sent
    When the client creates a user "alice" with:
      """
      {"emails": [{"value": "a-${run}@example.com", "type": "holiday"}]}
      """
    Then the answer is a 400 error, or "alice" read back has "emails[value eq \"a-${run}@example.com\"].type" equal to "holiday"

  @must @req-7643-2.3.4-r1 @id-2b18ad62
  Scenario: The integers of the ServiceProviderConfig have no fraction or exponent
    When the client sends GET "/ServiceProviderConfig"
    Then the response's integer values "filter.maxResults, bulk.maxOperations, bulk.maxPayloadSize" have no fraction or exponent

  @must @req-7643-2.3.5-r1 @req-7643-2.3.5-r2 @req-7643-2.3.5-r3 @id-f70d1f51
  Scenario: A user's meta.created and meta.lastModified are xsd:dateTime strings with a date and a time
    Given a user "alice"
    Then "alice" read back has xsd:dateTime strings at "meta.created, meta.lastModified"

  @must @req-7643-2.3.5-r1 @req-7643-2.3.5-r2 @req-7643-2.3.5-r3 @id-80f72e51
  Scenario: A group's meta.created and meta.lastModified are xsd:dateTime strings with a date and a time
    Given a group "team"
    Then "team" read back has xsd:dateTime strings at "meta.created, meta.lastModified"

  @must @req-7643-2.3.6-r1 @id-1df981ef
  Scenario: A binary certificate is returned base64-encoded, the same bytes as sent
    When the client creates a user "alice" with:
      """
      {"x509Certificates": [{"value": "c2NpbS1oYXJuZXNzLXg1MDkgY2VydGlmaWNhdGUgYnl0ZXM="}]}
      """
    Then the response status is 201
    And "alice" read back has "x509Certificates.value" encoding the same bytes as "c2NpbS1oYXJuZXNzLXg1MDkgY2VydGlmaWNhdGUgYnl0ZXM="

  @may @req-7643-2.3.6-r3 @id-8c82cb08
  Scenario: A binary certificate sent without its trailing padding keeps its bytes
    When the client creates a user "alice" with:
      """
      {"x509Certificates": [{"value": "c2NpbS1oYXJuZXNzLXg1MDk"}]}
      """
    Then the response status is 201
    And "alice" read back has "x509Certificates.value" encoding the same bytes as "c2NpbS1oYXJuZXNzLXg1MDk="

  @may @req-7643-2.3.7-r1 @id-ba764348
  Scenario: A reference may be an external link, such as a photo
    When the client creates a user "alice" with:
      """
      {"profileUrl": "https://profiles.example.com/${run}/alice",
       "photos": [{"value": "https://photos.example.com/${run}/alice.jpg", "type": "photo"}]}
      """
    Then the response status is 201
    And "alice" read back has:
      | profileUrl                   | https://profiles.example.com/${run}/alice    |
      | photos[type eq "photo"].value | https://photos.example.com/${run}/alice.jpg |

  @must @req-7643-2.3.7-r2 @req-7643-2.3.7-r3 @id-c5252108
  Scenario: A member's $ref is the URI of the member, relative ones resolved against the base URL
    Given a user "alice"
    And a group "team" with members "alice"
    When the client reads "team"
    Then the response status is 200
    And the response's "members[value eq \"${alice.id}\"].$ref", resolved against the base URL, serves "alice"

  @must @req-7643-2.3.7-r2 @req-7643-2.3.7-r3 @id-a707b595
  Scenario: A user's groups.$ref is the URI of the group, relative ones resolved against the base URL
    Given a user "alice"
    And a group "team" with members "alice"
    When the client reads "alice"
    Then the response status is 200
    And the response's "groups[value eq \"${team.id}\"].$ref", resolved against the base URL, serves "team"

  @must @req-7643-2.3.8-r1 @id-a82a6aa2
  Scenario: A user whose attributes come in an unusual order is created as sent
    When the client creates a user "alice" from exactly:
      """
      {"name": {"familyName": "Harness", "givenName": "Alice"}, "displayName": "Alice Harness",
       "userName": "${run}.alice", "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"]}
      """
    Then the response status is 201
    And "alice" read back has:
      | userName       | ${run}.alice |
      | name.givenName | Alice        |

  @must @req-7643-2.3.8-r2 @id-c82b8b8f
  Scenario: No served schema nests a complex attribute inside a complex attribute
    Then no schema served at "/Schemas" has a complex sub-attribute
