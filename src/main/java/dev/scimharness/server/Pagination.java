package dev.scimharness.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Which pagination methods the server serves and advertises (RFC 9865 §4, the ServiceProviderConfig
 * {@code pagination} attribute): index paging ({@code startIndex}, RFC 7644 §3.4.2.4), cursor paging
 * ({@code cursor}, RFC 9865 §2), or both.
 *
 * @param cursorTimeout how long a cursor stays valid between page requests, advertised as {@code cursorTimeout}
 */
public record Pagination(Mode mode, Duration cursorTimeout) {
  /** Both methods, index by default (RFC 9865 §2.4: a provider that had index paging keeps it as the default). */
  public static final Pagination DEFAULT = new Pagination(Mode.BOTH, Duration.ofHours(1));

  /** The methods served, as {@code --pagination} and {@code -Dscim.pagination} name them. */
  public enum Mode {
    INDEX, CURSOR, BOTH;

    public static Mode parse(String name) {
      try {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown pagination '" + name + "'; known: index, cursor, both");
      }
    }
  }

  public Pagination {
    Objects.requireNonNull(mode, "mode");
    if (cursorTimeout.isNegative() || cursorTimeout.toSeconds() < 1) {
      throw new IllegalArgumentException("cursorTimeout must be at least one second");
    }
  }

  /** The default pagination with another mode; {@code null} or blank keeps the default. */
  public static Pagination named(String mode) {
    return mode == null || mode.isBlank() ? DEFAULT : new Pagination(Mode.parse(mode), DEFAULT.cursorTimeout());
  }

  public boolean cursor() {
    return mode != Mode.INDEX;
  }

  public boolean index() {
    return mode != Mode.CURSOR;
  }

  /** RFC 9865 §2.4: a provider serving both MUST choose a default; §2.3: a cursor-only one pages by cursor. */
  public String defaultMethod() {
    return mode == Mode.CURSOR ? "cursor" : "index";
  }

  /** The RFC 9865 §4 {@code pagination} attribute; both page sizes are the server's one cap. */
  void advertise(ObjectNode serviceProviderConfig, int maxPageSize) {
    ObjectNode p = serviceProviderConfig.putObject("pagination");
    p.put("cursor", cursor());
    p.put("index", index());
    p.put("defaultPaginationMethod", defaultMethod());
    p.put("defaultPageSize", maxPageSize);
    p.put("maxPageSize", maxPageSize);
    if (cursor()) {
      p.put("cursorTimeout", cursorTimeout.toSeconds());
    }
  }
}
