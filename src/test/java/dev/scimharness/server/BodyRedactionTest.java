package dev.scimharness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The lint log keeps bodies, never a password in them. */
class BodyRedactionTest {
  @Test
  void passwordsAreMaskedAtAnyDepthAndInAPatchToThePassword() {
    String create = BodyRedaction.apply("{\"userName\":\"a\",\"PassWord\":\"s3cret\",\"x\":{\"password\":\"p2\"}}");
    assertFalse(create.contains("s3cret") || create.contains("p2"), create);
    assertTrue(create.contains("\"userName\":\"a\""), create);
    String patch = BodyRedaction.apply("{\"Operations\":[{\"op\":\"replace\",\"path\":\"password\",\"value\":\"p3\"},"
        + "{\"op\":\"replace\",\"path\":\"title\",\"value\":\"kept\"}]}");
    assertFalse(patch.contains("p3"), patch);
    assertTrue(patch.contains("kept"), patch);
  }

  @Test
  void aBodyWithoutAPasswordIsKeptAsSentAndABrokenOneThatNamesAPasswordIsNotKept() {
    assertEquals("{\"op\": \"Replace\"}", BodyRedaction.apply("{\"op\": \"Replace\"}"));
    assertFalse(BodyRedaction.apply("{\"password\":\"p4\"").contains("p4"));
    assertEquals("", BodyRedaction.apply(null));
  }
}
