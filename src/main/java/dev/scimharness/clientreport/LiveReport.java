package dev.scimharness.clientreport;

import dev.scimharness.server.ClientReporting;
import dev.scimharness.server.RequestLint;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code --client-report DIR} on the reference server: every graded request feeds a {@link ReportBuilder}; the
 * totals are printed every {@value #PROGRESS_SECONDS} seconds while they change; the report is written on demand
 * through the {@link AdminEndpoint} and on close (the server's shutdown).
 */
public final class LiveReport implements ClientReporting {
  static final int PROGRESS_SECONDS = 5;

  @Override
  public Running start(RequestLint lint, String serverUrl, Path dir, int adminPort, PrintStream out)
      throws IOException {
    return open(lint, serverUrl, dir, adminPort, out, PROGRESS_SECONDS);
  }

  static Running open(RequestLint lint, String serverUrl, Path dir, int adminPort, PrintStream out,
      int progressSeconds) throws IOException {
    ReportBuilder builder = new ReportBuilder("the reference server at " + serverUrl, DialectShapes.shipped(),
        Clock.systemUTC());
    lint.listen(builder::add);
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    String token = HexFormat.of().formatHex(bytes);
    AdminEndpoint.Writer writer = () -> ReportFiles.write(builder.snapshot(), dir);
    AdminEndpoint admin = new AdminEndpoint(adminPort, token, builder::snapshot, writer);
    ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "client-report-progress");
      t.setDaemon(true);
      return t;
    });
    String[] last = {""};
    progress.scheduleAtFixedRate(() -> {
      String totals = builder.snapshot().totals();
      if (!totals.equals(last[0])) {
        last[0] = totals;
        out.println("client report: " + totals);
      }
    }, progressSeconds, progressSeconds, TimeUnit.SECONDS);
    return new Running() {
      @Override
      public String adminUrl() {
        return admin.url();
      }

      @Override
      public String adminToken() {
        return token;
      }

      @Override
      public void close() {
        progress.shutdownNow();
        admin.close();
        try {
          List<Path> files = writer.write();
          out.println("client report: " + builder.snapshot().totals());
          out.println("client report written: " + files.get(0).toAbsolutePath());
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write the client report to " + dir, e);
        }
      }
    };
  }
}
