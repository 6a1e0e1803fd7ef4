@rfc9865-4 @filter
Feature: A provider that pages by cursor says so (RFC 9865 §4)
  "A SCIM service provider implementing cursor-based pagination SHOULD include the following additional attribute
  in JSON document returned by the /ServiceProviderConfig endpoint." Unlike the other RFC 9865 features, this one
  runs whatever the configuration claims: it asks for a cursor page, and a target that answers one (a nextCursor)
  implements cursor pagination.

  @should @req-9865-4-r1 @id-3d01406c
  Scenario: A target that answers a cursor page claims pagination.cursor
    Given users "a1, a2"
    When the client lists "Users" filtered by userName sw "${run}" with cursor "" and count 1
    Then where the answer pages by cursor, the ServiceProviderConfig claims pagination.cursor
