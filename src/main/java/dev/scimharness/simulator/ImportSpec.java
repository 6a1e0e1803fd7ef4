package dev.scimharness.simulator;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;

/**
 * How an IdP imports what the target already holds: it pages through each path with
 * {@code startIndex}/{@code count} until {@code totalResults}, relying on integer paging fields, resource
 * ids and a stable order. With {@code cursor: advertised} it pages by cursor instead (RFC 9865 §2) where the
 * target's ServiceProviderConfig claims {@code pagination.cursor} (RFC 9865 §4).
 *
 * @param source the public pages the step is modelled on
 */
public record ImportSpec(
    List<String> paths,
    Integer pageSize,
    String notApplicable,
    String note,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> source,
    String cursor) {
  /** The {@code cursor} value of a dialect that pages by cursor where the target advertises it. */
  public static final String ADVERTISED = "advertised";

  public ImportSpec {
    source = source == null ? List.of() : List.copyOf(source);
    paths = paths == null ? List.of("/Users", "/Groups") : List.copyOf(paths);
    pageSize = pageSize == null ? 100 : pageSize;
    note = note == null ? "" : note;
    if (cursor != null && !cursor.equals(ADVERTISED)) {
      throw new IllegalArgumentException("import.cursor must be '" + ADVERTISED + "', got '" + cursor + "'");
    }
  }

  /** Whether this IdP pages by cursor when the target advertises cursors. */
  public boolean cursorWhenAdvertised() {
    return ADVERTISED.equals(cursor);
  }

  public boolean applicable() {
    return notApplicable == null;
  }
}
