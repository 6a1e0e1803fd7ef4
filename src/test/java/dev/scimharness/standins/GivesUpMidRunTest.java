package dev.scimharness.standins;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.scimharness.report.ExitCode;
import dev.scimharness.report.Outcome;
import dev.scimharness.report.RunSummary;
import dev.scimharness.report.Verdict;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A target that passes the preflight (its ServiceProviderConfig and the preflight's user list are SCIM) and then
 * resets every other connection:
 * after five requests in a row without an answer the run gives up, and the scenarios after that are not run.
 */
class GivesUpMidRunTest {
  @Test
  void theRunGivesUpAfterFiveUnansweredRequestsAndMarksTheRestNotRun() {
    WireMockServer wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    try {
      wm.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
      wm.stubFor(get(urlPathEqualTo("/scim/v2/ServiceProviderConfig")).willReturn(aResponse().withStatus(200)
          .withHeader("Content-Type", "application/scim+json")
          .withBody("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig\"],"
              + "\"patch\":{\"supported\":true},\"bulk\":{\"supported\":false,\"maxOperations\":0,\"maxPayloadSize\":0},"
              + "\"filter\":{\"supported\":true,\"maxResults\":100},\"changePassword\":{\"supported\":false},"
              + "\"sort\":{\"supported\":false},\"etag\":{\"supported\":false},\"authenticationSchemes\":[]}")));
      wm.stubFor(get(urlEqualTo("/scim/v2/Users?count=1")).willReturn(aResponse().withStatus(200)
          .withHeader("Content-Type", "application/scim+json")
          .withBody("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\"totalResults\":0,"
              + "\"Resources\":[]}")));
      RunSummary run = StandInRun.against("gives-up", wm.baseUrl() + "/scim/v2");
      assertNull(run.notes().preflightFailure(), "the preflight passed");
      String gaveUp = run.notes().gaveUp();
      assertTrue(gaveUp != null && gaveUp.startsWith("target unreachable since "), String.valueOf(gaveUp));
      assertTrue(run.count(Outcome.NOT_RUN) > 400, run.countsLine());
      assertTrue(run.scenarios().stream().filter(s -> s.status() == Outcome.NOT_RUN)
          .allMatch(s -> gaveUp.equals(s.reason())), "every not-run scenario names the cause");
      Verdict v = Verdict.of(run, Optional.empty());
      assertTrue(v.exitCode() == ExitCode.MUST_FAILURES || v.exitCode() == ExitCode.INCONCLUSIVE, v.explain());
      assertEquals(false, v.passes());
    } finally {
      wm.stop();
    }
  }
}
