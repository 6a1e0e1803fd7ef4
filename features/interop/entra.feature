@interop @idp-entra
Feature: Microsoft Entra ID (legacy) provisions into the reference server
  Microsoft Entra ID without the aadOptscim062020 flag sends "op":"Replace", "active":"False", member
  removal with a value and a plain-string manager. A lenient provider accepts them; a strict RFC 7644 provider
  refuses exactly those requests, and the request lint names the rule each one breaks.

  @id-e1297fa5
  Scenario Outline: <step> against the lenient reference server
    Given the reference server in lenient mode
    When the "entra" IdP takes the lifecycle step "<step>"
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
      | import          | is not applicable |
      | delete          | passes            |

  @id-310369ab
  Scenario Outline: <step> against the strict reference server
    Given the reference server in strict mode
    When the "entra" IdP takes the lifecycle step "<step>"
    Then the step <outcome>

    Examples:
      | step            | outcome                                               |
      | connection-test | passes                                                |
      | create-or-link  | passes                                                |
      | profile-update  | fails, and the request lint names "patch-op-case"     |
      | deactivate      | fails, and the request lint names "string-boolean"    |
      | reactivate      | fails, and the request lint names "string-boolean"    |
      | group-push      | fails, and the request lint names "unknown-schema"    |
      | rename          | fails, and the request lint names "patch-op-case"     |
      | member-add      | fails, and the request lint names "patch-op-case"     |
      | member-remove   | fails, and the request lint names "remove-with-value" |
      | import          | is not applicable                                     |
      | delete          | passes                                                |

  @id-76a95c7b
  Scenario: the whole lifecycle, in order, against the lenient reference server
    Given the reference server in lenient mode
    When the "entra" IdP runs its whole lifecycle
    Then every step it takes passes

  @throughput @id-9453e4d8
  Scenario: the endpoint sustains the 25 requests per second the Entra gallery requires for one tenant
    Given the reference server in lenient mode
    When the "entra" IdP syncs 20 users and 2 groups of 5 members, then sends 300 profile updates on 4 connections
    Then the target sustained at least 25 requests per second with no failed update
