@interop @idp-rfc
Feature: RFC 7644 (textbook client) provisions into the reference server
  A textbook RFC 7644 client: the yardstick. It must pass every step against the reference server in both
  modes, and break no lint rule.

  @id-9b7c4511
  Scenario Outline: <step> against the lenient reference server
    Given the reference server in lenient mode
    When the "rfc" IdP takes the lifecycle step "<step>"
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

  @id-12731a8a
  Scenario Outline: <step> against the strict reference server
    Given the reference server in strict mode
    When the "rfc" IdP takes the lifecycle step "<step>"
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

  @id-73c87c1b
  Scenario: the whole lifecycle, in order, against the lenient reference server
    Given the reference server in lenient mode
    When the "rfc" IdP runs its whole lifecycle
    Then every step it takes passes
