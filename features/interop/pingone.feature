@interop @idp-pingone
Feature: PingOne provisions into the reference server
  PingOne filters users with a capitalised operator (userName Eq "…"), which RFC 7644 §3.4.2.2 allows:
  "attribute operators used in filters are case insensitive".

  @id-9f7abcd7
  Scenario Outline: <step> against the lenient reference server
    Given the reference server in lenient mode
    When the "pingone" IdP takes the lifecycle step "<step>"
    Then the step <outcome>

    Examples:
      | step            | outcome |
      | connection-test | passes  |
      | create-or-link  | passes  |
      | profile-update  | passes  |
      | deactivate      | passes  |
      | reactivate      | passes  |
      | group-push      | passes  |
      | rename          | passes  |
      | member-add      | passes  |
      | member-remove   | passes  |
      | import          | passes  |
      | delete          | passes  |

  @id-230f352a
  Scenario Outline: <step> against the strict reference server
    Given the reference server in strict mode
    When the "pingone" IdP takes the lifecycle step "<step>"
    Then the step <outcome>

    Examples:
      | step            | outcome |
      | connection-test | passes  |
      | create-or-link  | passes  |
      | profile-update  | passes  |
      | deactivate      | passes  |
      | reactivate      | passes  |
      | group-push      | passes  |
      | rename          | passes  |
      | member-add      | passes  |
      | member-remove   | passes  |
      | import          | passes  |
      | delete          | passes  |

  @id-4a88a86e
  Scenario: the whole lifecycle, in order, against the lenient reference server
    Given the reference server in lenient mode
    When the "pingone" IdP runs its whole lifecycle
    Then every step it takes passes
