package dev.scimharness.sigma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ScimType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTypesTest {
  private final AccountTypes types = new AccountTypes();

  @Test
  void noUserTypeMeansTheDefaultLite() {
    assertEquals(AccountType.LITE, types.fromUserType(null));
  }

  @Test
  void aDefinedTypeIsTakenAsIs() {
    assertEquals(AccountType.ADMIN, types.fromUserType("Admin"));
    assertEquals(AccountType.CREATOR, types.fromUserType("Creator"));
  }

  @Test
  void aCustomTypeCanBeDefinedAndThenUsed() {
    types.define("Finance Analyst");

    assertEquals(new AccountType("Finance Analyst"), types.fromUserType("Finance Analyst"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "ADMIN", "Finance analyst", "Employee", "", " Admin"})
  void aTypeThatDoesNotMatchExactlyIsInvalidValueListingTheDefinedTypes(String userType) {
    types.define("Finance Analyst");

    ScimException e = assertThrows(ScimException.class, () -> types.fromUserType(userType));

    assertEquals(400, e.status());
    assertEquals(ScimType.invalidValue, e.scimType());
    assertTrue(e.detail().contains("'Finance Analyst'"), e.detail());
    assertTrue(e.detail().contains("exactly"), e.detail());
  }

  @Test
  void aGuestTypeIsRefusedBecauseGuestsAreNotSupportedWithScim() {
    ScimException e = assertThrows(ScimException.class, () -> types.fromUserType("Guest"));

    assertTrue(e.detail().contains("Guest user accounts are not supported when using SCIM"), e.detail());
  }
}
