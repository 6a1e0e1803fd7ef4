package dev.scimharness.simulator;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;

/**
 * How an IdP imports what the target already holds: it pages through each path with
 * {@code startIndex}/{@code count} until {@code totalResults}, relying on integer paging fields, resource
 * ids and a stable order.
 *
 * @param source the public pages the step is modelled on
 */
public record ImportSpec(
    List<String> paths,
    Integer pageSize,
    String notApplicable,
    String note,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> source) {
  public ImportSpec {
    source = source == null ? List.of() : List.copyOf(source);
    paths = paths == null ? List.of("/Users", "/Groups") : List.copyOf(paths);
    pageSize = pageSize == null ? 100 : pageSize;
    note = note == null ? "" : note;
  }

  public boolean applicable() {
    return notApplicable == null;
  }
}
