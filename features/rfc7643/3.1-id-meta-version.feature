@rfc7643-3.1
Feature: Common attributes on every resource: id, externalId, meta (RFC 7643 §3.1)
  "With the exception of the "ServiceProviderConfig" and "ResourceType" server discovery endpoints and their
  associated resources, these attributes MUST be defined for all resources, including any extended resource
  types."
  "For backward compatibility, some existing schema definitions MAY list common attributes as part of the
  schema. The attribute characteristics (see Section 2.2) listed here SHALL take precedence over older
  definitions that may be included in existing schemas."
  id: "It MUST be a stable, non-reassignable identifier that does not change when the same resource is returned
  in subsequent requests." "This attribute has "caseExact" as "true", a mutability of "readOnly", and a
  "returned" characteristic of "always"."
  externalId: "The value of the "externalId" attribute is always issued by the provisioning client and MUST NOT
  be specified by the service provider."
  location: "This value MUST be the same as the "Content-Location" HTTP response header".
  version: "If a service provider provides "version" (entity-tag) for a representation and the generation of
  that entity-tag does not satisfy all of the characteristics of a strong validator [...], then the origin
  server MUST mark the "version" (entity-tag) as weak by prefixing its opaque value with "W/" (case
  sensitive)." Whether a tag is generated as a strong validator is not seen from outside; its form is.

  @must @req-7643-3.1-r1 @id-e81a7f2f
  Scenario: A user carries id and meta
    Given a user "alice"
    Then "alice" read back has:
      | id                | ${alice.id} |
      | meta.resourceType | User        |
      | meta.created      | <string>    |
      | meta.lastModified | <string>    |
      | meta.location     | <string>    |

  @must @req-7643-3.1-r1 @id-1b594096
  Scenario: A group carries id and meta
    Given a group "team"
    Then "team" read back has:
      | id                | ${team.id} |
      | meta.resourceType | Group      |
      | meta.created      | <string>   |
      | meta.lastModified | <string>   |
      | meta.location     | <string>   |

  @may @req-7643-3.1-r3 @id-04e22690
  Scenario: A served schema that lists a common attribute gives it RFC 7643's characteristics
    Then every schema served at "/Schemas" that lists a common attribute gives it the characteristics of RFC 7643 §3.1

  @must @req-7643-3.1-r4 @id-8aa3ea46
  Scenario: id is returned even when the client asks only for another attribute
    Given a user "alice"
    When the client reads "alice" with query "attributes=displayName"
    Then the response status is 200
    And the response has "id" equal to "${alice.id}"

  @must @req-7643-3.1-r7 @id-dcaa0a2b
  Scenario: A user's id does not change when it is replaced and read again
    Given a user "alice"
    And the response value "id" is remembered as "first"
    When the client replaces "alice" with its representation changed by:
      """
      {"nickName": "Changed"}
      """
    Then the response status is 200
    And the response has "id" equal to "${first}"
    And "alice" read back has:
      | id       | ${first} |
      | nickName | Changed  |

  @must @req-7643-3.1-r12 @id-c6bdf7ae
  Scenario: The service provider does not make up an externalId
    When the client creates a user "alice"
    Then the response status is 201
    And the response has no "externalId"
    And "alice" read back has no "externalId"

  @must @req-7643-3.1-r21 @id-e93867c0
  Scenario: A user's meta.location is its Content-Location
    Given a user "alice"
    When the client reads "alice"
    Then the response's Content-Location header is its meta.location

  @must @etag @req-7643-3.1-r22 @id-161c934c
  Scenario: A user's version is an entity-tag, weak ones prefixed with W/
    Given a user "alice"
    When the client reads "alice"
    Then the response's entity tags are well-formed, weak ones prefixed with a case-sensitive W/
