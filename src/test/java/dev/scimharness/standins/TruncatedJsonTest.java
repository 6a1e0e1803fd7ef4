package dev.scimharness.standins;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;

/** A target whose every answer is SCIM JSON cut off half-way: the right content type, an unreadable body. */
class TruncatedJsonTest {
  @Test
  void noScenarioPassesAndThePreflightSaysTheBodyIsNotJson() {
    WireMockServer wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    try {
      wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
          .withHeader("Content-Type", "application/scim+json")
          .withBody("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig\"],\"patch\":{\"sup")));
      StandInRun.refusedByPreflight(StandInRun.against("truncated-json", wm.baseUrl() + "/scim/v2"),
          "not SCIM", "application/scim+json", "not JSON");
    } finally {
      wm.stop();
    }
  }
}
