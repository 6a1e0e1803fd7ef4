@rfc7643-6
Feature: What each resource type at /ResourceTypes holds (RFC 7643 §6)
  "Unlike other core resources, all attributes are REQUIRED unless otherwise specified." "name: The resource type
  name. When applicable, service providers MUST specify the name, e.g., "User" or "Group"." "schema: The resource
  type's primary/base schema URI [...] REQUIRED." "schemaExtensions.schema: The URI of an extended schema [...]
  REQUIRED." "id [...] OPTIONAL." "description [...] OPTIONAL." "schemaExtensions [...] OPTIONAL."
  "schemaExtensions.required: [...] If false, a resource of this type MAY omit this schema extension."

  @must @req-7643-6-r1 @req-7643-6-r3 @req-7643-6-r5 @req-7643-6-r9 @req-7643-6-r12 @id-a0ef2e19
  Scenario: Every resource type has a name, an endpoint, a schema, and a schema for each extension
    Then every resource type at "/ResourceTypes" has its required attributes

  @may @req-7643-6-r2 @req-7643-6-r6 @req-7643-6-r10 @id-78146172
  Scenario: A resource type's optional id, description and schemaExtensions are well-formed where given
    Then every resource type at "/ResourceTypes" has its optional attributes well-formed where given

  @may @enterprise @req-7643-6-r14 @id-08ff70ba
  Scenario: A user without the optional enterprise extension is created
    Given the User resource type lists "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User" as an extension that is not required
    When the client creates a user "alice" from exactly:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${run}.alice"}
      """
    Then the response status is 201
