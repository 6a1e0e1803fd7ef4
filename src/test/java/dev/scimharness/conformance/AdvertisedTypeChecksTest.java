package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.ScimClient;
import dev.scimharness.faults.Fault;
import dev.scimharness.faults.Faults;
import dev.scimharness.server.EmbeddedServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generic checks against the reference server's ServicePrincipal: clean, every check finds something to check
 * and no problem; with a seeded fault, the check of that characteristic reports it.
 */
class AdvertisedTypeChecksTest {
  private interface Check {
    void run(TypeProbe p, String token, CheckResult out);
  }

  private static final List<Check> ALL = List.of(AdvertisedTypeChecks::lifecycle, AdvertisedTypeChecks::filter,
      AdvertisedTypeChecks::requiredExtensions,
      (p, t, o) -> AdvertisedTypeChecks.uniqueness(p, t, List.of(409), "uniqueness", true, o),
      CharacteristicChecks::readOnlyIgnored, (p, t, o) -> CharacteristicChecks.immutableKept(p, t, true, o),
      CharacteristicChecks::neverReturned, CharacteristicChecks::onRequestOnly, CharacteristicChecks::alwaysReturned,
      CharacteristicChecks::caseExactFilters, LatitudeChecks::mutabilityPermits, LatitudeChecks::caseInsensitiveValues,
      LatitudeChecks::neverReturnedInFilter);

  private static CheckResult run(EmbeddedServer server, Check check, String token) {
    try (ScimClient client = new ScimClient(URI.create(server.baseUrl()), server.token(), Map.of(),
        Duration.ofSeconds(2), Duration.ofSeconds(5), false)) {
      List<AdvertisedType> types = AdvertisedTypes.beyondUserAndGroup(
          client.send(Request.of("GET", "/ResourceTypes")).json(), client.send(Request.of("GET", "/Schemas")).json());
      assertEquals(List.of("ServicePrincipal"), types.stream().map(AdvertisedType::name).toList());
      CheckResult out = CheckResult.start("nothing");
      check.run(new TypeProbe(types.get(0), client::send), token, out);
      return out;
    }
  }

  @Test
  void everyCheckFindsSomethingToCheckAndNoProblemOnTheReferenceServer() {
    try (EmbeddedServer server = EmbeddedServer.start()) {
      for (int i = 0; i < ALL.size(); i++) {
        CheckResult out = run(server, ALL.get(i), "tok" + i);
        assertFalse(out.checked().isEmpty(), "check " + i + " found nothing to check");
        assertEquals(List.of(), out.problems(), "check " + i);
      }
    }
  }

  @Test
  void aRequestAttributeReturnedByDefaultIsReported() {
    try (EmbeddedServer server = EmbeddedServer.start(b -> b.hooks(
        Faults.of(Fault.REQUEST_ATTRIBUTES_BY_DEFAULT).hooks()))) {
      CheckResult out = run(server, CharacteristicChecks::onRequestOnly, "req");
      assertEquals(List.of("ServicePrincipal.publicKey",
          "ServicePrincipal.urn:ietf:params:scim:schemas:extension:ownership:2.0:ServicePrincipal:purpose"),
          out.checked());
      assertTrue(out.problems().stream().anyMatch(p -> p.contains("publicKey") && p.contains("GET answer")),
          out.problems().toString());
    }
  }

  @Test
  void aDuplicateUserNameFaultDoesNotTouchTheServicePrincipalIndex() {
    try (EmbeddedServer server = EmbeddedServer.start(b -> b.hooks(
        Faults.of(Fault.DUPLICATE_USERNAME_ACCEPTED).hooks()))) {
      CheckResult out = run(server, (p, t, o) -> AdvertisedTypeChecks.uniqueness(p, t, List.of(409), "uniqueness",
          true, o), "dup");
      assertEquals(List.of(), out.problems());
    }
  }
}
