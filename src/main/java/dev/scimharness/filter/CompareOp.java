package dev.scimharness.filter;

import java.util.Locale;

/** The comparison operators of RFC 7644 §3.4.2.2, Table 3 ({@code pr} is {@link Present}). */
public enum CompareOp {
  EQ, NE, CO, SW, EW, GT, GE, LT, LE;

  /** The operator as the RFC writes it (lower case). */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isOrdering() {
    return this == GT || this == GE || this == LT || this == LE;
  }
}
