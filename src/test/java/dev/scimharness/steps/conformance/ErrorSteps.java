package dev.scimharness.steps.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.conformance.Charsets;
import dev.scimharness.conformance.ErrorKeywords;
import dev.scimharness.conformance.Expect;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.scim.Json;
import io.cucumber.java.en.Then;

/** What RFC 7644 §3.8 and §3.12 ask of an answer's form: its error keywords, its encoding, its empty body. */
public final class ErrorSteps {
  private final ScimWorld world;

  public ErrorSteps(ScimWorld world) {
    this.world = world;
  }

  /** RFC 7644 §3.12: "scimType: A SCIM detail error keyword. See Table 9. OPTIONAL." */
  @Then("the error's scimType, where it gives one, is a keyword of RFC 7644 Table 9")
  public void scimTypeOfTable9() {
    ScimResponse r = world.last();
    JsonNode t = Json.field(r.json(), "scimType");
    if (t != null && !(t.isTextual() && ErrorKeywords.inTable9(t.asText()))) {
      throw Expect.fail(r, "a scimType of RFC 7644 Table 9 " + ErrorKeywords.TABLE_9, "scimType " + t);
    }
  }

  /** A query a target may answer, or refuse as too large (RFC 7644 §3.4.2.1, §3.12 Table 9 "tooMany"). */
  @Then("the answer is a ListResponse, or a SCIM error 400 with scimType {string}")
  public void listOrRefused(String scimType) {
    ScimResponse r = world.last();
    if (r.status() == 400) {
      Expect.scimError(r, 400, scimType);
    } else {
      Expect.listResponse(r);
    }
  }

  /** RFC 9110 §15.3.5: "A 204 response is terminated by the end of the header section; it cannot contain content". */
  @Then("a 204 answer has no body")
  public void noContent() {
    ScimResponse r = world.last();
    if (r.status() == 204 && !r.body().isEmpty()) {
      throw Expect.fail(r, "no body with 204 (RFC 9110 §15.3.5)", r.body().length() + " characters");
    }
  }

  /** RFC 7644 §3.8: "UTF-8 SHALL be the default encoding format." */
  @Then("the response's Content-Type names no charset other than UTF-8")
  public void utf8() {
    ScimResponse r = world.last();
    String type = r.header("Content-Type").orElse(null);
    if (!Charsets.utf8OrDefault(type)) {
      throw Expect.fail(r, "no charset, or charset UTF-8 (RFC 7644 §3.8)", "Content-Type: " + type);
    }
  }
}
