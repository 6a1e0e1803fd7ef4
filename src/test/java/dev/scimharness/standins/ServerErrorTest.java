package dev.scimharness.standins;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;

/** A target that answers 500 to everything. */
class ServerErrorTest {
  @Test
  void noScenarioPassesAndThePreflightNamesTheServerError() {
    WireMockServer wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    try {
      wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/plain")
          .withBody("Internal Server Error")));
      StandInRun.refusedByPreflight(StandInRun.against("server-error", wm.baseUrl() + "/scim/v2"),
          "server error", "500");
    } finally {
      wm.stop();
    }
  }
}
