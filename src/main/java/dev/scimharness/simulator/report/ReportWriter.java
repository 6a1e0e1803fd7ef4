package dev.scimharness.simulator.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code interop.md}, {@code interop.json} and {@code interop.html} into a directory. */
public final class ReportWriter {
  private ReportWriter() {}

  public static List<Path> write(InteropReport report, Path dir) {
    try {
      Files.createDirectories(dir);
      Path md = Files.writeString(dir.resolve("interop.md"), MarkdownReport.render(report));
      Path json = Files.writeString(dir.resolve("interop.json"), JsonReport.render(report));
      Path html = Files.writeString(dir.resolve("interop.html"), HtmlReport.render(report));
      return List.of(md, json, html);
    } catch (IOException e) {
      throw new UncheckedIOException("the interop report could not be written to " + dir, e);
    }
  }
}
