package dev.scimharness.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The matcher of {@link NoPathOutsideTheRepositoryTest} on lines that must be caught and lines that must pass.
 */
class OutsidePathsTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "The seed (`{/}work{/}shared{/}seed{/}guide.txt`, \"Manage users\") is a SaaS guide.",
      "# Source: shared{/}research{/}idp-dialects.md § Okta",
      " * The PATCH shapes real IdPs send (shared{/}research{/}idp-dialects.md).",
      "see ..{/}shared{/}research{/}idp-dialects.md",
      "see ..{/}..{/}shared{/}notes.md",
      "copied from shared{/}seed{/}guide.txt",
      "log at {/}tmp{/}run.log",
      "cd {/}home{/}ci{/}checkout && mvn test",
      "the notes in {/}Volumes{/}data{/}notes.md",
      "JAVA_HOME={/}usr{/}lib{/}jvm{/}java-17",
      "\"path\": \"{/}var{/}lib{/}scim{/}db\"",
      "open ~{/}notes{/}idp.md",
      "open C:{\\}Users{\\}ci{\\}notes.md",
      "[notes](file:{/}{/}{/}home{/}ci{/}notes.md)",
      "a bare root: {/}tmp"})
  void aPathOutsideTheRepositoryIsCaught(String sample) {
    String line = path(sample);
    assertTrue(!OutsidePaths.in(line).isEmpty(), () -> "not caught: " + line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "When the client sends GET \"/Users/${alice.id}\"",
      "{\"value\":\"26118915\",\"$ref\":\"../Users/26118915\"}",
      "\"$ref\": \"../Groups/e9e30dba\"",
      "https://help.sigmacomputing.com/docs/manage-users-and-teams-with-scim",
      "https://example.com/home/tmp/Users/2819c223",
      "https://github.com/wso2/product-is/issues/13752",
      "http://127.0.0.1:8080/scim/v2/Users?attributes=id",
      "\"../../../g | http://a/g\"",
      "a shared secret, shared by research teams",
      "src/test/resources/peers/scim-sdk.expected.tsv",
      "reports/sigma-deviations.md and target/sigma-deviations.observed.md",
      "mvn -B -o test -Dtest=SigmaDeviationsTest",
      "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User",
      "RFC 7644 §3.4.2.2 and/or RFC 7643 §4.1.1",
      "#!/usr/bin/env bash",
      "    StringBuilder sb = new StringBuilder(\"#!/usr/bin/env bash\\n\")"})
  void anInRepositoryPathAUrlOrAScimReferencePasses(String line) {
    assertEquals(List.of(), OutsidePaths.in(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {"see {/}tmp{/}x and shared{/}research{/}y.md"})
  void everyPathOnALineIsReported(String sample) {
    assertEquals(List.of(path("{/}tmp{/}x"), path("shared{/}research{/}y.md")), OutsidePaths.in(path(sample)));
  }

  // The samples spell their separators {/} and {\}, so that this file names no such path itself and the guard
  // reads it like any other.
  private static String path(String sample) {
    return sample.replace("{/}", "/").replace("{\\}", "\\");
  }
}
