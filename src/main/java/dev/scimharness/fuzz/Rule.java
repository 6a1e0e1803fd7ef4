package dev.scimharness.fuzz;

/** What every conformant server holds, however lenient; a fuzz finding names the rule it breaks. */
public enum Rule {
  UNREADABLE("a resource stays readable after a request that does not delete it (RFC 7644 §3.4.1)"),
  SERVER_ERROR("never a 5xx for client input (RFC 7644 §3.12)"),
  REFUSAL_CHANGED_RESOURCE("a refused request leaves the resource as it was (RFC 7644 §3.5.2: a PATCH is atomic)"),
  RESPONSE_NOT_READ_BACK("an accepted request's response is the resource read back (RFC 7644 §3.5.2)"),
  READ_ONLY_MOVED("readOnly attributes never move (RFC 7643 §2.2, §3.1)"),
  META_DID_NOT_MOVE("meta.lastModified and meta.version move with a change and only with one (RFC 7643 §3.1,"
      + " RFC 7644 §3.5.2.1, §3.14)"),
  RFC_RESULT("where RFC 7644 §3.5.2 leaves no choice, the result is the one it prescribes"),
  LIFECYCLE_MODEL("after every action the target agrees with the model: a group's members, a user's groups, a"
      + " deleted resource gone and named by no group (RFC 7643 §4.1.2, §4.2; RFC 7644 §3.6)"),
  FILTER_RESULT("a filter selects exactly the resources it matches (RFC 7644 §3.4.2.2)"),
  FILTER_REFUSAL("a filter that is not used is refused with 400 invalidFilter (RFC 7644 §3.4.2.2, §3.12)");

  private final String text;

  Rule(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
