package dev.scimharness.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reference resolution examples of RFC 3986 §5.4, against its base URI. */
class ReferencesTest {
  private static final URI BASE = URI.create("http://a/b/c/d;p?q");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // §5.4.1 normal examples
      "g:h | g:h", "g | http://a/b/c/g", "./g | http://a/b/c/g", "g/ | http://a/b/c/g/", "/g | http://a/g",
      "//g | http://g", "?y | http://a/b/c/d;p?y", "g?y | http://a/b/c/g?y", "#s | http://a/b/c/d;p?q#s",
      "g#s | http://a/b/c/g#s", "g?y#s | http://a/b/c/g?y#s", ";x | http://a/b/c/;x", "g;x | http://a/b/c/g;x",
      "g;x?y#s | http://a/b/c/g;x?y#s", "'' | http://a/b/c/d;p?q", ". | http://a/b/c/", "./ | http://a/b/c/",
      ".. | http://a/b/", "../ | http://a/b/", "../g | http://a/b/g", "../.. | http://a/", "../../ | http://a/",
      "../../g | http://a/g",
      // §5.4.2 abnormal examples
      "../../../g | http://a/g", "../../../../g | http://a/g", "/./g | http://a/g", "/../g | http://a/g",
      "g. | http://a/b/c/g.", ".g | http://a/b/c/.g", "g.. | http://a/b/c/g..", "..g | http://a/b/c/..g",
      "./../g | http://a/b/g", "./g/. | http://a/b/c/g/", "g/./h | http://a/b/c/g/h", "g/../h | http://a/b/c/h",
      "g;x=1/./y | http://a/b/c/g;x=1/y", "g;x=1/../y | http://a/b/c/y", "g?y/./x | http://a/b/c/g?y/./x",
      "g#s/./x | http://a/b/c/g#s/./x"})
  void resolvesAsRfc3986Says(String reference, String expected) {
    assertEquals(URI.create(expected), References.resolve(BASE, reference));
  }

  @ParameterizedTest(name = "{0} against {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "/scim/v2/Users/42 | http://127.0.0.1:8080/scim/v2/Users | http://127.0.0.1:8080/scim/v2/Users/42",
      "Users/42 | http://127.0.0.1:8080/scim/v2/Users | http://127.0.0.1:8080/scim/v2/Users/42",
      "42 | http://127.0.0.1:8080/scim/v2/Users/ | http://127.0.0.1:8080/scim/v2/Users/42",
      "../v2/Users/42 | http://127.0.0.1:8080/scim/v2/Users?attributes=id | http://127.0.0.1:8080/scim/v2/Users/42",
      "Users/1 | http://h:1 | http://h:1/Users/1",
      "https://other.example/scim/Users/1 | http://h/scim/v2/Users | https://other.example/scim/Users/1"})
  void resolvesWhatATargetHandsOutAgainstTheRequestUri(String reference, String request, String expected) {
    assertEquals(URI.create(expected), References.resolve(URI.create(request), reference));
  }
}
