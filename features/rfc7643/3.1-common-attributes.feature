@rfc7643-3.1
Feature: Common attributes id, externalId and meta (RFC 7643 §3.1)
  "id: A unique identifier for a SCIM resource as defined by the service provider. [...] REQUIRED and MUST NOT
  be specified by the client."
  "externalId: A String that is an identifier for the resource as defined by the provisioning client."
  "meta: A complex attribute containing resource metadata. All "meta" sub-attributes are assigned by the
  service provider (have a "mutability" of "readOnly")."
  "resourceType: The name of the resource type of the resource."
  "created: The "DateTime" that the resource was added to the service provider."
  "lastModified: The most recent DateTime that the details of this resource were updated at the service
  provider. If this resource has never been modified since its initial creation, the value MUST be the same as
  the value of "created"."
  "location: The URI of the resource being returned. This value MUST be the same as the "Content-Location" HTTP
  response header (if present)."

  @must @id-c503154a
  Scenario: A new user's lastModified equals its created time
    When the client creates a user "alice"
    Then the response has "meta.lastModified" equal to "${last.meta.created}"

  @must @id-bb41993d
  Scenario: A group's meta names its resource type
    When the client creates a group "team" with members ""
    Then "team" read back has:
      | meta.resourceType | Group      |
      | meta.created      | <datetime> |
      | meta.location     | ${team.location} |

  @must @id-6e4e7dbe
  Scenario: A user's meta.location is where the user is read
    Given a user "alice"
    When the client sends GET "${alice.meta.location}"
    Then the response status is 200
    And the response has "id" equal to "${alice.id}"

  @must @id-6e8b506a
  Scenario: externalId can be found by filter
    Given a user "alice" with:
      """
      {"externalId": "ext-${run}"}
      """
    When the client filters Users with externalId eq "ext-${run}"
    Then the list contains exactly "alice"

  @must @patch @id-325eb924
  Scenario: meta.lastModified moves forward on change
    Given a user "alice"
    And the response value "meta.lastModified" is remembered as "before"
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "nickName", "value": "Changed"}]
      """
    Then "alice" read back has "meta.lastModified" not before "${before}"
