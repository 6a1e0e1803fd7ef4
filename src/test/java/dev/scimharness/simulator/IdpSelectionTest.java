package dev.scimharness.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.endpoint.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdpSelectionTest {
  private static final DialectLoader LOADER = DialectLoader.standard();

  @Test
  void namesAreDialectFilesInTheOrderGiven() {
    assertEquals(List.of("okta", "entra"), IdpSelection.parse(" okta, entra ,okta", LOADER).names());
    assertEquals(LOADER.names(), IdpSelection.parse("all", LOADER).names());
  }

  @Test
  void anUnknownNameIsAUsageErrorThatListsTheKnownOnes() {
    ConfigException e = assertThrows(ConfigException.class, () -> IdpSelection.parse("okta,oktaa", LOADER));
    assertTrue(e.getMessage().startsWith("scim.idps (SCIM_IDPS): no IdP dialect 'oktaa'; known: "), e.getMessage());
    assertTrue(e.getMessage().contains("entra, entra-flagged"), e.getMessage());
    assertThrows(ConfigException.class, () -> IdpSelection.parse(" , ", LOADER));
    assertThrows(ConfigException.class, () -> IdpSelection.parse("../pom", LOADER), "only names, never paths");
  }
}
