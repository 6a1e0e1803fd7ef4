package dev.scimharness.simulator;

import java.util.List;

/**
 * How an IdP imports what the target already holds: it pages through each path with
 * {@code startIndex}/{@code count} until {@code totalResults}, relying on integer paging fields, resource
 * ids and a stable order.
 */
public record ImportSpec(List<String> paths, Integer pageSize, String notApplicable, String note) {
  public ImportSpec {
    paths = paths == null ? List.of("/Users", "/Groups") : List.copyOf(paths);
    pageSize = pageSize == null ? 100 : pageSize;
    note = note == null ? "" : note;
  }

  public boolean applicable() {
    return notApplicable == null;
  }
}
