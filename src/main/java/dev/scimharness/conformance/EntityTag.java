package dev.scimharness.conformance;

import java.util.regex.Pattern;

/**
 * An entity-tag as RFC 7232 §2.3 writes it: {@code entity-tag = [ weak ] opaque-tag}, {@code weak = %x57.2F}
 * (exactly "W/", case-sensitive, as RFC 7643 §3.1 repeats for "version"), {@code opaque-tag = DQUOTE *etagc
 * DQUOTE}, {@code etagc = %x21 / %x23-7E / obs-text}.
 */
public final class EntityTag {
  private static final Pattern FORM = Pattern.compile("(W/)?\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\"");

  private EntityTag() {}

  public static boolean isValid(String text) {
    return text != null && FORM.matcher(text).matches();
  }
}
