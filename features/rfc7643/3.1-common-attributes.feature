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
  meta.location is judged in its own scenarios only; every other scenario reads a resource at
  {base}/{ResourceType}/{id}. "The URI" (RFC 3986 §3: with a scheme) is a definition with no keyword, and RFC 7643
  §2.3.7 lets references be relative, so an absolute meta.location is a SHOULD.

  @must @req-7643-3.1-r19 @id-c503154a
  Scenario: A new user's lastModified equals its created time
    When the client creates a user "alice"
    Then the response has "meta.lastModified" equal to "${last.meta.created}"

  @must @req-7643-3.1-r2 @req-7643-3.1-r17 @id-bb41993d
  Scenario: A group's meta names its resource type
    When the client creates a group "team" with members ""
    Then "team" read back has:
      | meta.resourceType | Group      |
      | meta.created      | <datetime> |

  @must @req-7643-3.1-r2 @id-6e4e7dbe
  Scenario: A user's meta.location is where the user is read
    Given a user "alice"
    When the client reads "alice"
    Then the response's "meta.location" is under the base URL
    And the response's "meta.location" names "alice"

  @must @req-7643-3.1-r2 @id-6cfb3c1d
  Scenario: A group's meta.location names the group under the base URL
    Given a group "team"
    When the client reads "team"
    Then the response's "meta.location" is under the base URL
    And the response's "meta.location" names "team"

  @should @req-7643-3.1-r20 @id-a4476c97
  Scenario: A user's meta.location is an absolute URI
    Given a user "alice"
    When the client reads "alice"
    Then the response's "meta.location" is an absolute URI

  @should @filter @req-7643-3.1-r10 @id-6e8b506a
  Scenario: externalId can be found by filter
    Given a user "alice" with:
      """
      {"externalId": "ext-${run}"}
      """
    When the client filters Users with externalId eq "ext-${run}"
    Then the list contains exactly "alice"

  @must @patch @req-7643-3.1-r18 @id-325eb924
  Scenario: meta.lastModified moves forward on change
    Given a user "alice"
    And the response value "meta.lastModified" is remembered as "before"
    And a second has passed
    When the client patches "alice" with operations:
      """
      [{"op": "replace", "path": "nickName", "value": "Changed"}]
      """
    Then "alice" read back has "meta.lastModified" after "${before}"
