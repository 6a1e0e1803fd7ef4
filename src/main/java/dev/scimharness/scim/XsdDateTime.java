package dev.scimharness.scim;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The xsd:dateTime lexical form RFC 7643 §2.3.5 requires ({@code 2008-01-23T04:56:22Z}): date and time with
 * seconds, optional fraction, optional zone ({@code Z} or {@code ±hh:mm}). java.time's ISO parsers are looser
 * (optional seconds, bracketed zone ids), hence the shape check first; java.time then rejects impossible dates.
 * A value without a zone is valid xsd:dateTime and is accepted; for ordering it is read as UTC.
 */
public final class XsdDateTime {
  private static final Pattern FORM = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?)(Z|[+-]\\d{2}:\\d{2})?");

  private XsdDateTime() {}

  public static boolean isValid(String text) {
    return toOffsetDateTime(text).isPresent();
  }

  /** The instant the text denotes, or empty when it is not an xsd:dateTime. */
  public static Optional<OffsetDateTime> toOffsetDateTime(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDateTime local = LocalDateTime.parse(m.group(1));
      ZoneOffset offset = m.group(2) == null ? ZoneOffset.UTC : ZoneOffset.of(m.group(2));
      return Optional.of(local.atOffset(offset));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
