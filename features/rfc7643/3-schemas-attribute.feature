@rfc7643-3
Feature: The "schemas" attribute and schema extensions (RFC 7643 §3, §3.3)
  "All representations of SCIM schemas MUST include a non-empty array with value(s) of the URIs supported by
  that representation. The "schemas" attribute for a resource MUST only contain values defined as "schema" and
  "schemaExtensions" for the resource's defined "resourceType". Duplicate values MUST NOT be included. Value
  order is not specified and MUST NOT impact behavior." (§3)
  "The "schemas" attribute MAY contain additional values indicating extended schemas that are in use." "Schema
  extensions SHOULD avoid redefining any attributes defined in this specification" "Except for the base object
  schema, the schema extension URI SHALL be used as a JSON container to distinguish attributes belonging to the
  extension namespace from base schema attributes." (§3.3)

  @must @req-7643-3-r2 @id-efa4c17c
  Scenario: A user read back has a non-empty "schemas" of distinct URIs
    Given a user "alice"
    Then "alice" read back has a non-empty "schemas" of distinct URIs

  @must @filter @req-7643-3-r2 @id-337603d2
  Scenario: A ListResponse and every user it lists have a non-empty "schemas" of distinct URIs
    Given a user "alice"
    When the client filters Users with userName eq "${alice.userName}"
    Then every listed resource has a non-empty "schemas" of distinct URIs

  @must @req-7643-3-r3 @id-5ee794d1
  Scenario: A user's "schemas" holds only what the User resource type names
    Given a user "alice"
    Then "alice" read back lists in "schemas" only what resource type "User" names

  @must @req-7643-3-r3 @id-216e692c
  Scenario: A group's "schemas" holds only what the Group resource type names
    Given a group "team"
    Then "team" read back lists in "schemas" only what resource type "Group" names

  @must @req-7643-3-r4 @id-ec9ef799
  Scenario: A user sent with a schema URI twice is refused or stored without the duplicate
    When the client creates a user "alice" from exactly:
      """
      {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:core:2.0:User"],
       "userName": "${run}.alice", "displayName": "Alice Harness"}
      """
    Then the answer is a 400 error, or "alice" read back has a non-empty "schemas" of distinct URIs

  @must @enterprise @req-7643-3-r5 @id-026082f7
  Scenario: An extension listed before the base schema is taken the same
    When the client creates a user "alice" from exactly:
      """
      {"schemas": ["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "urn:ietf:params:scim:schemas:core:2.0:User"],
       "userName": "${run}.alice", "displayName": "Alice Harness",
       "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "E-${run}"}}
      """
    Then the response status is 201
    And "alice" read back has:
      | userName                                                                   | ${run}.alice |
      | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber | E-${run}     |

  @may @enterprise @req-7643-3.3-r3 @id-7bc82af1
  Scenario: An extension the user's "schemas" lists is in use
    When the client creates a user "alice" with:
      """
      {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
       "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"costCenter": "C-${run}"}}
      """
    Then the response status is 201
    And if "alice" read back lists "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User" in "schemas", it has "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenter" equal to "C-${run}"

  @should @req-7643-3.3-r4 @id-3bbd6977
  Scenario: No schema extension redefines an attribute of the schema it extends
    Then no schema extension a resource type names redefines an attribute of its base schema

  @must @enterprise @req-7643-3.3-r5 @id-8efefd12
  Scenario: Enterprise attributes are returned inside their extension URN container
    When the client creates a user "alice" with:
      """
      {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
       "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "E-${run}", "department": "Tours"}}
      """
    Then the response status is 201
    And "alice" read back has:
      | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User                | <present> |
      | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber | E-${run}  |
      | employeeNumber                                                            | <absent>  |
      | department                                                                | <absent>  |
