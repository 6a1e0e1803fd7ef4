@rfc7643-8.7.1 @rfc7643-7
Feature: The schemas served define the RFC 7643 attribute characteristics (RFC 7643 §7, §8.7.1)
  "The following is intended as an example of the SCIM schema representation in JSON format for SCIM resources.
  Where permitted, individual values and schema MAY change." (RFC 7643 §8.7.1): each attribute with its "type",
  "multiValued", "mutability" and "returned" characteristics.
  "type: The attribute's data type. Valid values are "string", "boolean", "decimal", "integer", "dateTime",
  "reference", and "complex"." (RFC 7643 §7)
  A service provider may leave out attributes it does not support, so each row checks an attribute "if at all".
  Where RFC 7643 §4 states a characteristic in words (password writeOnly and never returned, groups readOnly,
  the sub-attributes of members immutable, manager.displayName readOnly) the example is not a value that may
  change, and a served schema that contradicts it misleads clients: should. Elsewhere the provider may change
  the example's values, and a row reports the difference at may.

  @id-522543a2
  Scenario Outline: The User schema defines <attribute>, if at all, as <type> <mutability> returned <returned>
    When the client sends GET "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User"
    Then if the schema defines attribute "<attribute>", it has:
      | type        | <type>        |
      | multiValued | <multiValued> |
      | mutability  | <mutability>  |
      | returned    | <returned>    |

    # RFC 7643 §8.7.1: "Where permitted, individual values and schema MAY change."
    @may @req-7643-8.7.1-r2
    Examples:
      | attribute               | type      | multiValued | mutability | returned |
      | userName                | string    | false       | readWrite  | default  |
      | name                    | complex   | false       | readWrite  | default  |
      | name.formatted          | string    | false       | readWrite  | default  |
      | name.familyName         | string    | false       | readWrite  | default  |
      | name.givenName          | string    | false       | readWrite  | default  |
      | name.middleName         | string    | false       | readWrite  | default  |
      | name.honorificPrefix    | string    | false       | readWrite  | default  |
      | name.honorificSuffix    | string    | false       | readWrite  | default  |
      | displayName             | string    | false       | readWrite  | default  |
      | nickName                | string    | false       | readWrite  | default  |
      | profileUrl              | reference | false       | readWrite  | default  |
      | title                   | string    | false       | readWrite  | default  |
      | userType                | string    | false       | readWrite  | default  |
      | preferredLanguage       | string    | false       | readWrite  | default  |
      | locale                  | string    | false       | readWrite  | default  |
      | timezone                | string    | false       | readWrite  | default  |
      | active                  | boolean   | false       | readWrite  | default  |
      | emails                  | complex   | true        | readWrite  | default  |
      | emails.value            | string    | false       | readWrite  | default  |
      | emails.display          | string    | false       | readWrite  | default  |
      | emails.type             | string    | false       | readWrite  | default  |
      | emails.primary          | boolean   | false       | readWrite  | default  |
      | phoneNumbers            | complex   | true        | readWrite  | default  |
      | phoneNumbers.value      | string    | false       | readWrite  | default  |
      | phoneNumbers.display    | string    | false       | readWrite  | default  |
      | phoneNumbers.type       | string    | false       | readWrite  | default  |
      | phoneNumbers.primary    | boolean   | false       | readWrite  | default  |
      | ims                     | complex   | true        | readWrite  | default  |
      | photos                  | complex   | true        | readWrite  | default  |
      | addresses               | complex   | true        | readWrite  | default  |
      | addresses.formatted     | string    | false       | readWrite  | default  |
      | addresses.streetAddress | string    | false       | readWrite  | default  |
      | addresses.locality      | string    | false       | readWrite  | default  |
      | addresses.region        | string    | false       | readWrite  | default  |
      | addresses.postalCode    | string    | false       | readWrite  | default  |
      | addresses.country       | string    | false       | readWrite  | default  |
      | addresses.type          | string    | false       | readWrite  | default  |
      | addresses.primary       | boolean   | false       | readWrite  | default  |
      | entitlements            | complex   | true        | readWrite  | default  |
      | roles                   | complex   | true        | readWrite  | default  |
      | x509Certificates        | complex   | true        | readWrite  | default  |

    # RFC 7643 §4 states these characteristics in words.
    @should @req-7643-8.7.1-r1
    Examples:
      | attribute               | type      | multiValued | mutability | returned |
      | password                | string    | false       | writeOnly  | never    |
      | groups                  | complex   | true        | readOnly   | default  |
      | groups.value            | string    | false       | readOnly   | default  |
      | groups.$ref             | reference | false       | readOnly   | default  |
      | groups.display          | string    | false       | readOnly   | default  |
      | groups.type             | string    | false       | readOnly   | default  |

  @id-424aba87
  Scenario Outline: The Group schema defines <attribute>, if at all, as <type> <mutability> returned <returned>
    When the client sends GET "/Schemas/urn:ietf:params:scim:schemas:core:2.0:Group"
    Then if the schema defines attribute "<attribute>", it has:
      | type        | <type>        |
      | multiValued | <multiValued> |
      | mutability  | <mutability>  |
      | returned    | <returned>    |

    # RFC 7643 §8.7.1: "Where permitted, individual values and schema MAY change."
    @may @req-7643-8.7.1-r2
    Examples:
      | attribute       | type      | multiValued | mutability | returned |
      | displayName     | string    | false       | readWrite  | default  |
      | members         | complex   | true        | readWrite  | default  |

    # RFC 7643 §4 states these characteristics in words.
    @should @req-7643-8.7.1-r1
    Examples:
      | attribute       | type      | multiValued | mutability | returned |
      | members.value   | string    | false       | immutable  | default  |
      | members.$ref    | reference | false       | immutable  | default  |
      | members.type    | string    | false       | immutable  | default  |
      | members.display | string    | false       | immutable  | default  |

  @enterprise @id-0d775ed9
  Scenario Outline: The Enterprise User schema defines <attribute>, if at all, as <type> <mutability>
    When the client sends GET "/Schemas/urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
    Then if the schema defines attribute "<attribute>", it has:
      | type        | <type>        |
      | multiValued | <multiValued> |
      | mutability  | <mutability>  |
      | returned    | <returned>    |

    # RFC 7643 §8.7.1: "Where permitted, individual values and schema MAY change."
    @may @req-7643-8.7.1-r2
    Examples:
      | attribute           | type      | multiValued | mutability | returned |
      | employeeNumber      | string    | false       | readWrite  | default  |
      | costCenter          | string    | false       | readWrite  | default  |
      | organization        | string    | false       | readWrite  | default  |
      | division            | string    | false       | readWrite  | default  |
      | department          | string    | false       | readWrite  | default  |
      | manager             | complex   | false       | readWrite  | default  |
      | manager.value       | string    | false       | readWrite  | default  |
      | manager.$ref        | reference | false       | readWrite  | default  |

    # RFC 7643 §4 states these characteristics in words.
    @should @req-7643-8.7.1-r1
    Examples:
      | attribute           | type      | multiValued | mutability | returned |
      | manager.displayName | string    | false       | readOnly   | default  |

  @should @req-7643-8.7.1-r1 @id-ce1a021a
  Scenario: The User schema defines userName
    When the client sends GET "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User"
    Then the response has "attributes[name eq \"userName\"].type" equal to "string"
