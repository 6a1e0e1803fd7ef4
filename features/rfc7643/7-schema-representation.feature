@rfc7643-7
Feature: What each schema at /Schemas holds (RFC 7643 §7)
  "name: The schema's human-readable name. When applicable, service providers MUST specify the name, e.g., "User"
  or "Group"." "description: The schema's human-readable description. When applicable, service providers MUST
  specify the description." "description: The attribute's human-readable description. When applicable, service
  providers MUST specify the description." RFC 7643's own schemas are where they apply: §8.7.1 gives each of them.
  "When an attribute is of type "complex", there SHOULD be a corresponding schema attribute "subAttributes"
  defined, listing the sub-attributes of the attribute."

  @must @req-7643-7-r4 @req-7643-7-r6 @req-7643-7-r9 @id-2256eea8
  Scenario Outline: The <name> schema is named and described, and so is each of its attributes
    When the client sends GET "/Schemas/<schema>"
    Then the schema is named "<name>" and it and each of its attributes are described

    Examples:
      | name  | schema                                      |
      | User  | urn:ietf:params:scim:schemas:core:2.0:User  |
      | Group | urn:ietf:params:scim:schemas:core:2.0:Group |

  @should @req-7643-7-r8 @id-ac7f7c28
  Scenario: Every complex attribute lists its sub-attributes
    Then every schema at "/Schemas" lists the sub-attributes of each complex attribute

  @may @req-7643-7-r1 @req-7643-7-r5 @req-7643-7-r7 @req-7643-7-r12 @id-f4eaee19
  Scenario: A schema's optional name, description, canonical values and sub-attribute objects are well-formed where given
    Then every schema at "/Schemas" has its optional parts well-formed where given
