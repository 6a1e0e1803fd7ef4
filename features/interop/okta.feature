@interop @idp-okta
Feature: Okta (OIN) provisions into the reference server
  Okta (OIN apps) probes with two paged lists, matches on userName eq (an empty list or a 404 both mean
  "not found"), updates profiles with GET-then-PUT, deactivates with a path-less replace, never DELETEs users,
  and sends a path-less {id, displayName} replace on every group change.

  @id-e48831d9
  Scenario Outline: <step> against the lenient reference server
    Given the reference server in lenient mode
    When the "okta" IdP takes the lifecycle step "<step>"
    Then the step <outcome>

    Examples:
      | step            | outcome           |
      | connection-test | passes            |
      | create-or-link  | passes            |
      | profile-update  | passes            |
      | deactivate      | passes            |
      | reactivate      | passes            |
      | group-push      | passes            |
      | rename          | passes            |
      | member-add      | passes            |
      | member-remove   | passes            |
      | import          | passes            |
      | delete          | is not applicable |

  @id-92ccf6f6
  Scenario Outline: <step> against the strict reference server
    Given the reference server in strict mode
    When the "okta" IdP takes the lifecycle step "<step>"
    Then the step <outcome>

    Examples:
      | step            | outcome           |
      | connection-test | passes            |
      | create-or-link  | passes            |
      | profile-update  | passes            |
      | deactivate      | passes            |
      | reactivate      | passes            |
      | group-push      | passes            |
      | rename          | passes            |
      | member-add      | passes            |
      | member-remove   | passes            |
      | import          | passes            |
      | delete          | is not applicable |

  @id-f4324f8e
  Scenario: the whole lifecycle, in order, against the lenient reference server
    Given the reference server in lenient mode
    When the "okta" IdP runs its whole lifecycle
    Then every step it takes passes
