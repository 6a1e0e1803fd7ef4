package dev.scimharness.patch;

import java.util.List;

/** A PatchOp message (RFC 7644 §3.5.2): one or more operations, applied in order, all or nothing. */
public record PatchRequest(List<PatchOperation> operations) {
  public PatchRequest {
    operations = List.copyOf(operations);
    if (operations.isEmpty()) {
      throw new IllegalArgumentException("a PATCH request holds at least one operation");
    }
  }

  public static PatchRequest of(PatchOperation... operations) {
    return new PatchRequest(List.of(operations));
  }
}
