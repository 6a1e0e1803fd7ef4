package dev.scimharness.endpoint;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Undoes the content codings of RFC 9110 §8.4.1 that targets use even unasked (gzip, deflate); the JDK client
 * hands the bytes over as they came. Bodies are read as UTF-8 (RFC 7644 §3.1 / RFC 8259 §8.1).
 */
final class ContentCoding {
  private ContentCoding() {}

  static String decode(byte[] bytes, String contentEncoding) throws IOException {
    if (bytes == null || bytes.length == 0) {
      return "";
    }
    String coding = contentEncoding == null ? "" : contentEncoding.trim().toLowerCase(Locale.ROOT);
    InputStream in = switch (coding) {
      case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(bytes));
      case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(bytes));
      default -> null;
    };
    byte[] plain = bytes;
    if (in != null) {
      try (in) {
        plain = in.readAllBytes();
      }
    }
    return new String(plain, StandardCharsets.UTF_8);
  }
}
