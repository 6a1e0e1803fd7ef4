package dev.scimharness.clientreport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes {@code client-report.md}, {@code .html} and {@code .json} into a directory, each file replaced whole. */
public final class ReportFiles {
  public static final String BASENAME = "client-report";

  private ReportFiles() {}

  public static List<Path> write(ClientReport report, Path dir) throws IOException {
    Files.createDirectories(dir);
    return List.of(
        replace(dir.resolve(BASENAME + ".md"), ReportMarkdown.render(report)),
        replace(dir.resolve(BASENAME + ".html"), ReportHtml.render(report)),
        replace(dir.resolve(BASENAME + ".json"), ReportJson.render(report)));
  }

  /** Written beside and moved into place, so a reader never sees half a report (it is rewritten on demand). */
  private static Path replace(Path file, String text) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".part");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    return Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
