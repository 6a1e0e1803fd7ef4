package dev.scimharness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsTest {
  private static final String INVALID_FILTER = "GET http://t/scim/v2/Users?filter=userName%20sw%20%22hab%22 HTTP\n"
      + "\n--> 400 (3 ms)\nContent-Type: application/scim+json\n\n"
      + "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"400\",\"scimType\":\"invalidFilter\"}\n";

  private static ScenarioResult failed(String name, String reason, String exchange, String... tags) {
    return new ScenarioResult("id-" + name, name, "Filtering", "features/rfc7644/3.4.2.2-filter.feature", 1,
        Outcome.FAILED, List.of(tags), reason, exchange, 1);
  }

  @Test
  void scenariosFailingOnTheSameExpectationAndAnswerAreOneFinding() {
    RunSummary run = new RunSummary("t", 1, List.of(
        failed("sw", "expected status 200, but got status 400\n  at GET http://t/scim/v2/Users?filter=userName%20sw%20%22h1abcdefgh%22 -> 400",
            INVALID_FILTER, "@must", "@rfc7644-3.4.2.2"),
        failed("co", "expected status 200, but got status 400\n  at GET http://t/scim/v2/Users?filter=x&count=2 -> 400",
            INVALID_FILTER, "@must", "@rfc7644-3.4.2.2"),
        failed("gt", "expected status 200, but got status 400\n  at GET http://t/scim/v2/Users?filter=y -> 400",
            INVALID_FILTER, "@should", "@rfc7644-3.4.2.2"),
        failed("patch", "expected \"name.givenName\" to be 'Al', but got 'Alice'\n  at PATCH http://t/scim/v2/Users/2819c223-7f76-453a-919d-413861904646 -> 200",
            null, "@must", "@rfc7644-3.5.2"),
        new ScenarioResult("id-b", "blocked", "F", "features/x.feature", 2, Outcome.BLOCKED, List.of("@must"),
            "could not create alice", null, 1)));
    List<Finding> findings = Findings.of(run);
    assertEquals(2, findings.size(), findings.toString());
    Finding filter = findings.get(0);
    assertEquals(List.of("co", "gt", "sw"), filter.scenarios().stream().map(ScenarioResult::name).sorted().toList(),
        "the query parameters and filter values differ; the cause is the same");
    assertEquals("GET /Users?filter answers 400 invalidFilter: expected status 200, but got status 400", filter.title());
    assertEquals(List.of("rfc7644-3.4.2.2"), filter.sections());
    assertTrue(filter.example().contains("invalidFilter"));
    Finding patch = findings.get(1);
    assertEquals("PATCH /Users/{id} answers 200: expected \"…\" to be \"…\", but got \"…\"", patch.title());
  }

  @Test
  void differentExpectationsOrAnswersAreDifferentFindings() {
    RunSummary run = new RunSummary("t", 1, List.of(
        failed("a", "expected status 201, but got status 409\n  at POST http://t/v2/Users -> 409", null, "@must"),
        failed("b", "expected status 201, but got status 400\n  at POST http://t/v2/Users -> 400", null, "@must"),
        failed("c", "expected status 201, but got status 409\n  at POST http://t/v2/Groups -> 409", null, "@must")));
    assertEquals(3, Findings.of(run).size());
  }

  @Test
  void familiesNameTheEndpointAndQueryParametersNotTheValues() {
    assertEquals("GET /Users?filter", Findings.family("GET", "https://h/base/v2/Users?count=1&filter=a"));
    assertEquals("GET /Users?sortBy", Findings.family("GET", "https://h/base/v2/Users?sortBy=userName&count=1"));
    assertEquals("DELETE /Groups/{id}", Findings.family("DELETE", "http://h/Groups/42"));
    assertEquals("POST /Users/.search", Findings.family("POST", "http://h/scim/Users/.search"));
    assertEquals("GET /Schemas/urn:ietf:params:scim:schemas:core:2.0:User",
        Findings.family("GET", "http://h/Schemas/urn:ietf:params:scim:schemas:core:2.0:User"));
    assertEquals("GET /Users?filter", Findings.family("GET", "/Users?filter=x"));
  }

  @Test
  void theSummaryOpensWithTheFindings() {
    RunSummary run = new RunSummary("t", 1, List.of(
        failed("sw", "expected status 200, but got status 400\n  at GET http://t/Users?filter=a -> 400", INVALID_FILTER,
            "@must", "@rfc7644-3.4.2.2", "@req-7644-3.3-r8")));
    String md = SummaryMarkdown.render(run, Verdict.of(run, java.util.Optional.empty()));
    assertTrue(md.indexOf("## Findings (1)") < md.indexOf("## By level"), md);
    assertTrue(md.contains("RFC: rfc7644-3.4.2.2"), md);
    // The finding names the sentence its scenarios check, from the requirement catalogue.
    assertTrue(md.contains("> 7644-3.3-r8 (SHALL, MUST): When the service provider successfully creates the new"
        + " resource, an HTTP response SHALL be returned with HTTP status code 201 (Created). —"
        + " https://www.rfc-editor.org/rfc/rfc7644#section-3.3"), md);
    assertTrue(md.contains("Finding id `f-"), md);
    assertEquals("7644-3.3-r8", SummaryJson.toJson(run).get("findings").get(0).get("requirements").get(0).asText());
    assertTrue(SummaryJson.toJson(run).get("findings").get(0).get("scenarios").get(0).asText().equals("id-sw"));
  }
}
