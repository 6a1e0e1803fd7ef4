package dev.scimharness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.scim.Json;
import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ScimType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorCodecTest {
  private final CursorCodec codec = new CursorCodec();
  private final Cursor cursor = new Cursor(42L, 10, true, new CursorPosition(Json.NODES.textNode("bjensen"), 1, 7L),
      1_700_000_000_000L);

  @Test
  void aCursorComesBackAsItWasIssued() {
    assertEquals(cursor, codec.decode(codec.encode(cursor)));
  }

  @Test
  void valuesAreUnreservedCharactersAndRevealNothing() {
    String v = codec.encode(cursor);
    assertTrue(v.matches("[A-Za-z0-9._~-]+"), v);
    assertTrue(!v.contains("bjensen"), v);
    assertNotEquals(v, codec.encode(cursor), "each value is sealed with a fresh nonce");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bm90LWEtY3Vyc29yLWF0LWFsbA", "", "x", "%%%", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
  void anythingNotIssuedIsInvalidCursor(String value) {
    ScimException e = assertThrows(ScimException.class, () -> codec.decode(value));
    assertEquals(ScimType.invalidCursor, e.scimType());
    assertEquals(400, e.status());
  }

  @Test
  void aForgedOrForeignCursorIsInvalid() {
    String v = codec.encode(cursor);
    int i = v.length() / 2;
    String forged = v.substring(0, i) + (v.charAt(i) == 'A' ? 'B' : 'A') + v.substring(i + 1);
    assertEquals(ScimType.invalidCursor, assertThrows(ScimException.class, () -> codec.decode(forged)).scimType());
    assertEquals(ScimType.invalidCursor,
        assertThrows(ScimException.class, () -> new CursorCodec().decode(v)).scimType());
  }
}
