@rfc7644-3.4.2.2 @filter
Feature: The filter examples of RFC 7644 §3.4.2.2 are understood
  "Example filters: filter=userName eq "bjensen" / filter=name.familyName co "O'Malley" / filter=userName sw "J" /
  filter=urn:ietf:params:scim:schemas:core:2.0:User:userName sw "J" / filter=title pr /
  filter=meta.lastModified gt "2011-05-13T04:42:34Z" / [...] / filter=title pr and userType eq "Employee" /
  filter=title pr or userType eq "Intern" / filter=schemas eq "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User" /
  filter=userType eq "Employee" and (emails co "example.com" or emails.value co "example.org") / [...] /
  filter=emails[type eq "work" and value co "@example.com"] or ims[type eq "xmpp" and value co "@foo.com"]"
  Each example, scoped to this scenario's users, selects what its words say.

  Background:
    Given a user "bjensen" with:
      """
      {"title": "Tour Guide", "userType": "Employee", "name": {"familyName": "O'Malley"},
       "emails": [{"value": "bjensen-${run}@example.com", "type": "work"}],
       "ims": [{"value": "bjensen-${run}@foo.com", "type": "xmpp"}]}
      """
    And a user "intern" with:
      """
      {"userType": "Intern", "name": {"familyName": "Jensen"},
       "emails": [{"value": "intern-${run}@example.org", "type": "home"}]}
      """

  @id-04aa521d
  Scenario Outline: RFC example <filter> selects <expected>
    When the client filters Users with userName sw "${run}" and (<filter>)
    Then the list contains exactly "<expected>"

    @must @req-7644-3.4.2.2-r39 @req-7644-3.4.2.2-r4
    Examples:
      | filter                                                                                         | expected        |
      | userName eq "${bjensen.userName}"                                                              | bjensen         |
      | name.familyName co "O'Malley"                                                                  | bjensen         |
      | userName sw "${run}.b"                                                                         | bjensen         |
      | urn:ietf:params:scim:schemas:core:2.0:User:userName sw "${run}.i"                              | intern          |
      | title pr                                                                                       | bjensen         |
      | meta.lastModified gt "2011-05-13T04:42:34Z"                                                    | bjensen, intern |
      | meta.lastModified ge "2011-05-13T04:42:34Z"                                                    | bjensen, intern |
      | meta.lastModified lt "2011-05-13T04:42:34Z"                                                    |                 |
      | meta.lastModified le "2011-05-13T04:42:34Z"                                                    |                 |
      | title pr and userType eq "Employee"                                                            | bjensen         |
      | title pr or userType eq "Intern"                                                               | bjensen, intern |
      | userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")          | bjensen         |
      | userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")      |                 |
      | userType eq "Employee" and (emails.type eq "work")                                             | bjensen         |

    @may @req-7644-3.4.2.2-r25
    Examples: value paths
      | filter                                                                                         | expected        |
      | userType eq "Employee" and emails[type eq "work" and value co "@example.com"]                  | bjensen         |
      | emails[type eq "work" and value co "@example.com"] or ims[type eq "xmpp" and value co "@foo.com"] | bjensen      |
      | emails[type eq "home" and value co "@example.org"] or ims[type eq "xmpp" and value co "@nowhere"] | intern       |

  @must @enterprise @id-86426e34 @req-7644-3.4.2.2-r39 @req-7644-3.4.2.2-r4
  Scenario: The RFC example filter on schemas finds users carrying the enterprise extension
    Given a user "emp" with:
      """
      {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
       "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "1"}}
      """
    When the client filters Users with userName sw "${run}" and schemas eq "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
    Then the list contains exactly "emp"
