package dev.scimharness.standins;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;

/** A target that answers every request with a login page (200, text/html): not SCIM, whatever the status says. */
class HtmlLoginPageTest {
  @Test
  void noScenarioPassesAndThePreflightSaysTheTargetIsNotScim() {
    WireMockServer wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    try {
      wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
          .withBody("<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>…</form></body></html>")));
      StandInRun.refusedByPreflight(StandInRun.against("html", wm.baseUrl() + "/scim/v2"),
          "not SCIM", "text/html", "<!DOCTYPE html>");
    } finally {
      wm.stop();
    }
  }
}
