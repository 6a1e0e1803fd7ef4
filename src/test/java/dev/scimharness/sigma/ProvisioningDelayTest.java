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
    ProvisionedUser p = s.org.directory().createUser(Sigma.user("lin@example.com"));

    assertTrue(s.org.member(p.memberId()).isEmpty());
    assertEquals(1, s.org.pendingChanges());
    s.clock.advance(Duration.ofSeconds(29));
    assertTrue(s.org.member(p.memberId()).isEmpty());
    s.clock.advance(Duration.ofSeconds(1));
    assertTrue(s.org.member(p.memberId()).isPresent());
    assertEquals(0, s.org.pendingChanges());
  }

  @Test
  void queuedChangesApplyInTheOrderTheIdpSentThem() {
    ProvisionedUser p = s.org.directory().createUser(Sigma.user("lin@example.com"));
    s.org.directory().createTeam("Marketing", Set.of(p.memberId()));
    s.org.directory().replaceUser(p.memberId(), "lin@example.com", Sigma.user("lin@example.com", "Creator"));

    s.clock.advance(Duration.ofSeconds(30));

    assertEquals(AccountType.CREATOR, s.member(p.memberId()).accountType());
    assertEquals(Set.of(p.memberId()), s.org.teamByName("Marketing").orElseThrow().members());
  }

  @Test
  void anInvalidChangeIsRefusedAtOnceNotAfterTheDelay() {
    assertThrows(ScimException.class, () -> s.org.directory().createUser(Sigma.user("lin@example.com", "Boss")));

    assertEquals(0, s.org.pendingChanges());
  }

  @Test
  void theTokenDiesWhenTheAdminsDeactivationShowsUp() {
    s.org.directory().createUser(Sigma.user("ada@example.com", "Admin"));
    s.org.directory().replaceUser(s.ada.id(), "ada@example.com",
        new IdpUser("ada@example.com", null, null, null, "Admin", false));

    s.org.directory().authenticate(keys.bearerToken());
    s.clock.advance(Duration.ofSeconds(30));

    assertEquals(401, assertThrows(ScimException.class,
        () -> s.org.directory().authenticate(keys.bearerToken())).status());
  }
}
