package dev.scimharness.patch;

import dev.scimharness.filter.FilterPrinter;

/** A path written back as text, for error messages and findings. */
final class PatchPaths {
  private PatchPaths() {}

  static String text(PatchPath path) {
    if (!path.hasFilter()) {
      return path.attribute().toString();
    }
    String filtered = path.attribute() + "[" + FilterPrinter.print(path.valueFilter()) + "]";
    return path.subAttribute() == null ? filtered : filtered + "." + path.subAttribute();
  }
}
