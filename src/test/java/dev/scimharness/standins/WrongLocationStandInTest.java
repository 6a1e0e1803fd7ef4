package dev.scimharness.standins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.report.Outcome;
import dev.scimharness.report.RunSummary;
import dev.scimharness.scim.Leniency;
import dev.scimharness.server.EmbeddedServer;
import java.net.URI;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A wrong {@code Location} or {@code meta.location} fails the location scenarios and no other: the reference
 * server runs behind a proxy that rewrites both, once to a relative reference (which HTTP allows; only the
 * "absolute URI" SHOULDs fail) and once to the internal host a server behind a proxy might return.
 */
class WrongLocationStandInTest {
  private static final String INTERNAL = "http://scim-internal.example:8080";

  @Test
  void aRelativeLocationFailsOnlyTheAbsoluteUriScenarios() throws Exception {
    Set<String> failed = failedBehindProxy("relative-location", (origin, location) -> location.replace(origin, ""));
    assertEquals(Set.of(
        "@id-a347210b The Location of a created user is an absolute URI",
        "@id-a4476c97 A user's meta.location is an absolute URI"), failed);
  }

  @Test
  void aLocationOnAnotherHostFailsOnlyTheUnderTheBaseUrlScenarios() throws Exception {
    Set<String> failed = failedBehindProxy("internal-host-location",
        (origin, location) -> location.replace(origin, INTERNAL));
    assertEquals(Set.of(
        "@id-18179cff The Location of a created user is under the base URL",
        "@id-d77eef52 The Location of a created group names the group under the base URL",
        "@id-6e4e7dbe A user's meta.location is where the user is read",
        "@id-6cfb3c1d A group's meta.location names the group under the base URL"), failed);
  }

  private interface Rewrite {
    String apply(String ownOrigin, String location);
  }

  private static Set<String> failedBehindProxy(String name, Rewrite rewrite) throws Exception {
    // Strict, as the embedded target the main job runs against; a smaller filter.maxResults than its default
    // keeps the scenario that exceeds it from creating a thousand users through the proxy.
    try (EmbeddedServer upstream = EmbeddedServer.start(b -> b.leniency(Leniency.STRICT).maxResults(100))) {
      String[] origin = new String[1];
      UnaryOperator<String> f = l -> rewrite.apply(origin[0], l);
      try (LocationRewritingProxy proxy = LocationRewritingProxy.start(URI.create(upstream.baseUrl()), f)) {
        origin[0] = proxy.origin();
        RunSummary run = StandInRun.run(name, proxy.baseUrl(), upstream.token());
        assertTrue(run.count(Outcome.PASSED) > 400, "the proxied reference server passes almost every scenario: "
            + run.countsLine());
        return StandInRun.ids(run, Outcome.FAILED);
      }
    }
  }
}
