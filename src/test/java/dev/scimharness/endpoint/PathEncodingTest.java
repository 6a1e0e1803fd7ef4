package dev.scimharness.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PathEncodingTest {
  @Test
  void aSegmentEncodesSlashesAndAPathKeepsThem() {
    assertEquals("a%2Fb%20c%22%C3%A9", PathEncoding.segment("a/b c\"é"));
    assertEquals("/Users/a%20b%3F", PathEncoding.path("/Users/a b?"));
  }

  @Test
  void pcharsStayAsTheyAre() {
    assertEquals("-._~!$&'()*+,;=:@", PathEncoding.segment("-._~!$&'()*+,;=:@"));
  }
}
