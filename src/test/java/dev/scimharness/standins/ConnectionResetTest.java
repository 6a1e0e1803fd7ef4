package dev.scimharness.standins;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;

/** A target that resets every connection: once took 6.6 minutes to fail 514 scenarios. */
class ConnectionResetTest {
  @Test
  void noScenarioPassesAndThePreflightSaysTheConnectionWasReset() {
    WireMockServer wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    try {
      wm.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
      StandInRun.refusedByPreflight(StandInRun.against("connection-reset", wm.baseUrl() + "/scim/v2"),
          "unreachable", "reset");
    } finally {
      wm.stop();
    }
  }
}
