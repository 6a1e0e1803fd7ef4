package dev.scimharness.steps.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.conformance.AttributeNames;
import dev.scimharness.conformance.Base64Value;
import dev.scimharness.conformance.Blocked;
import dev.scimharness.conformance.BodyPath;
import dev.scimharness.conformance.ContentLocation;
import dev.scimharness.conformance.EntityTag;
import dev.scimharness.conformance.Expect;
import dev.scimharness.conformance.IntegerValues;
import dev.scimharness.conformance.ResourceAnswers;
import dev.scimharness.endpoint.References;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.XsdDateTime;
import io.cucumber.java.en.Then;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The values of a resource against the data types and common attributes of RFC 7643 §2.1, §2.3 and §3.1. */
public final class DataTypeSteps {
  private final ScimWorld world;

  public DataTypeSteps(ScimWorld world) {
    this.world = world;
  }

  @Then("{string} read back has only attribute names of the ATTRNAME form")
  public void attributeNames(String alias) {
    ScimResponse r = world.readBack(alias);
    List<String> bad = AttributeNames.violations(r.json());
    if (!bad.isEmpty()) {
      throw Expect.fail(r, "attribute names of the form ALPHA *(\"-\" / \"_\" / DIGIT / ALPHA) (RFC 7643 §2.1)",
          "the names " + bad);
    }
  }

  @Then("{string} read back has xsd:dateTime strings at {string}")
  public void dateTimes(String alias, String paths) {
    ScimResponse r = world.readBack(alias);
    for (String path : paths.split(",")) {
      List<JsonNode> found = BodyPath.select(r.json(), path.trim());
      if (found.isEmpty() || !found.stream().allMatch(n -> n.isTextual() && XsdDateTime.isValid(n.asText()))) {
        throw Expect.fail(r, "\"" + path.trim() + "\" a JSON string holding an xsd:dateTime with a date and a time "
            + "(RFC 7643 §2.3.5)", found.isEmpty() ? "nothing (absent)" : found.toString());
      }
    }
  }

  /** Every value listed that the answer holds is a JSON integer; one at least must be there to judge. */
  @Then("the response's integer values {string} have no fraction or exponent")
  public void integers(String paths) {
    ScimResponse r = world.last();
    Expect.status(r, 200);
    IntegerValues.Judged judged = IntegerValues.judge(r.json(), Arrays.stream(paths.split(",")).map(String::trim).toList());
    if (judged.seen() == 0) {
      throw new Blocked("the answer holds none of " + paths + ", so no integer value could be judged");
    }
    if (!judged.problems().isEmpty()) {
      throw Expect.fail(r, "JSON numbers without fraction or exponent (RFC 7643 §2.3.4)", judged.problems().toString());
    }
  }

  /**
   * RFC 7643 §2.3.6: a binary value comes back base64-encoded (RFC 4648 §4) and denotes the bytes sent. A target
   * that keeps no such attribute (RFC 7643 §4.1.2 attributes are optional to support) leaves nothing to judge.
   */
  @Then("{string} read back has {string} encoding the same bytes as {string}")
  public void base64(String alias, String path, String sent) {
    ScimResponse r = world.readBack(alias);
    List<JsonNode> found = BodyPath.select(r.json(), world.fill(path));
    if (found.isEmpty()) {
      throw new Blocked("the target keeps no \"" + path + "\", so no binary value could be judged");
    }
    for (JsonNode n : found) {
      if (!n.isTextual() || !Base64Value.sameBytes(world.fill(sent), n.asText())) {
        throw Expect.fail(r, "\"" + path + "\" the base64 (RFC 4648 §4) of the bytes sent (RFC 7643 §2.3.6)",
            n.toString());
      }
    }
  }

  /**
   * RFC 7643 §2.3.7: a reference is "the absolute or relative URI of the target resource", and a relative one is
   * resolved against the base URI "up to, but not including, the Endpoint URI": {base}/ for {base}/Users/42.
   */
  @Then("the response's {string}, resolved against the base URL, serves {string}")
  public void referenceServes(String path, String alias) {
    ScimResponse r = world.last();
    JsonNode ref = BodyPath.first(r.json(), world.fill(path));
    if (ref == null) {
      throw new Blocked("the answer has no \"" + world.fill(path) + "\" to follow");
    }
    if (!ref.isTextual()) {
      throw Expect.fail(r, "\"" + path + "\" a URI string (RFC 7643 §2.3.7)", ref.toString());
    }
    URI base = URI.create(world.client().base().toString().replaceAll("/+$", "") + "/");
    URI target;
    try {
      target = References.resolve(base, ref.asText());
    } catch (IllegalArgumentException e) {
      throw Expect.fail(r, "\"" + path + "\" an absolute or relative URI (RFC 7643 §2.3.7)", ref.toString());
    }
    ScimResponse read = world.send("GET", target.toString(), null);
    if (read.status() != 200 || read.json() == null
        || !world.id(alias).equals(String.valueOf(Json.field(read.json(), "id") == null ? null
            : Json.field(read.json(), "id").asText()))) {
      throw Expect.fail(read, "\"" + path + "\" " + ref + " to serve '" + alias + "' (id " + world.id(alias)
          + ") at " + target + " (RFC 7643 §2.3.7)", read.status() + " " + (read.json() == null ? "" : Json.field(read.json(), "id")));
    }
  }

  /** RFC 7643 §3.1: meta.location "MUST be the same as the "Content-Location" HTTP response header". */
  @Then("the response's Content-Location header is its meta.location")
  public void contentLocation() {
    ScimResponse r = world.last();
    Expect.status(r, 200);
    String header = r.header("Content-Location").orElseThrow(() -> new Blocked(
        "the answer carries no Content-Location header to compare meta.location with"));
    JsonNode location = BodyPath.first(r.json(), "meta.location");
    if (location == null || !location.isTextual() || !ContentLocation.same(r.requestUri(), header, location.asText())) {
      throw Expect.fail(r, "meta.location equal to Content-Location " + header + " (RFC 7643 §3.1)",
          "meta.location " + location);
    }
  }

  /**
   * RFC 7643 §3.1: a version that is not a strong validator is marked weak "by prefixing its opaque value with
   * "W/" (case sensitive)": the ETag header and meta.version are entity-tags of RFC 7232 §2.3.
   */
  @Then("the response's entity tags are well-formed, weak ones prefixed with a case-sensitive W\\/")
  public void entityTags() {
    ScimResponse r = world.last();
    Expect.status(r, 200);
    List<String> tags = new ArrayList<>();
    r.header("ETag").ifPresent(tags::add);
    JsonNode version = BodyPath.first(r.json(), "meta.version");
    if (version != null) {
      tags.add(version.asText());
    }
    if (tags.isEmpty()) {
      throw new Blocked("the answer has neither an ETag header nor meta.version to judge");
    }
    for (String t : tags) {
      if (!EntityTag.isValid(t)) {
        throw Expect.fail(r, "an entity-tag, \"…\" or W/\"…\" (RFC 7643 §3.1, RFC 7232 §2.3)", t);
      }
    }
  }

}
