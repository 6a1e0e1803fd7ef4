@interop @idp-entra-flagged
Feature: Microsoft Entra ID (aadOptscim062020) provisions into the reference server
  Microsoft Entra ID with aadOptscim062020: lower-case ops, boolean active, filtered member removal, but a
  multi-attribute update as one path-less replace with dotted keys ("name.givenName"), which RFC 7644 does
  not allow.

  @id-61d02f39
  Scenario Outline: <step> against the lenient reference server
    Given the reference server in lenient mode
    When the "entra-flagged" IdP takes the lifecycle step "<step>"
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

  @id-7028276d
  Scenario Outline: <step> against the strict reference server
    Given the reference server in strict mode
    When the "entra-flagged" IdP takes the lifecycle step "<step>"
    Then the step <outcome>

    Examples:
      | step            | outcome                                                          |
      | connection-test | passes                                                           |
      | create-or-link  | passes                                                           |
      | profile-update  | fails, and the request lint names "dotted-key-in-pathless-value" |
      | deactivate      | passes                                                           |
      | reactivate      | passes                                                           |
      | group-push      | fails, and the request lint names "unknown-schema"               |
      | rename          | passes                                                           |
      | member-add      | passes                                                           |
      | member-remove   | passes                                                           |
      | import          | is not applicable                                                |
      | delete          | passes                                                           |

  @id-72cae8eb
  Scenario: the whole lifecycle, in order, against the lenient reference server
    Given the reference server in lenient mode
    When the "entra-flagged" IdP runs its whole lifecycle
    Then every step it takes passes

  @throughput @id-c3ed3ca5
  Scenario: a paced update stream at the gallery's rate completes without a failure
    Given the reference server in lenient mode
    When the "entra-flagged" IdP syncs 10 users and 1 groups of 5 members, then sends 60 profile updates at up to 30 requests per second on 2 connections
    Then the target sustained at least 25 requests per second with no failed update
