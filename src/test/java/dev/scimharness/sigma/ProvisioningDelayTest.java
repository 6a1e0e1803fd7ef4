package dev.scimharness.sigma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.scim.ScimException;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProvisioningDelayTest {
  private final Sigma s = new Sigma();
  private ProvisioningKeys keys;

  @BeforeEach
  void provisioningTakesAFewMoments() {
    keys = s.enable();
    s.org.provisioningDelay(Duration.ofSeconds(30));
  }

  @Test
  void aNewUserShowsUpOnlyAfterTheDelay() {
    String p = s.provision(Sigma.user("lin@example.com"));

    assertTrue(s.org.member(p).isEmpty());
    assertEquals(1, s.org.pendingChanges());
    s.clock.advance(Duration.ofSeconds(29));
    assertTrue(s.org.member(p).isEmpty());
    s.clock.advance(Duration.ofSeconds(1));
    assertTrue(s.org.member(p).isPresent());
    assertEquals(0, s.org.pendingChanges());
  }

  @Test
  void queuedChangesApplyInTheOrderTheIdpSentThem() {
    String p = s.provision(Sigma.user("lin@example.com"));
    s.push("Marketing", Set.of(p));
    s.replace(p, "lin@example.com", Sigma.user("lin@example.com", "Creator"));

    s.clock.advance(Duration.ofSeconds(30));

    assertEquals(AccountType.CREATOR, s.member(p).accountType());
    assertEquals(Set.of(p), s.org.teamByName("Marketing").orElseThrow().members());
  }

  @Test
  void anInvalidChangeIsRefusedAtOnceNotAfterTheDelay() {
    assertThrows(ScimException.class, () -> s.provision(Sigma.user("lin@example.com", "Boss")));

    assertEquals(0, s.org.pendingChanges());
  }

  @Test
  void theTokenDiesWhenTheAdminsDeactivationShowsUp() {
    s.provision(Sigma.user("ada@example.com", "Admin"));
    s.replace(s.ada.id(), "ada@example.com",
        new IdpUser("ada@example.com", null, null, null, "Admin", false));

    s.org.directory().authenticate(keys.bearerToken());
    s.clock.advance(Duration.ofSeconds(30));

    assertEquals(401, assertThrows(ScimException.class,
        () -> s.org.directory().authenticate(keys.bearerToken())).status());
  }
}
