package dev.scimharness.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The harness that judged a run, as a certificate names it: the version Maven built (filtered into
 * {@code harness-version.properties}) and the git commit of the working copy it ran from, when there is one
 * ({@code GITHUB_SHA} or {@code CI_COMMIT_SHA} in a pipeline that checked out no history).
 */
public record BuildInfo(String version, String commit) {
  public static final String UNKNOWN = "unknown";

  public static BuildInfo current() {
    return new BuildInfo(readVersion(), readCommit());
  }

  private static String readVersion() {
    try (InputStream in = BuildInfo.class.getResourceAsStream("/harness-version.properties")) {
      if (in == null) {
        return UNKNOWN;
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", UNKNOWN);
      return v.startsWith("${") ? UNKNOWN : v;
    } catch (IOException e) {
      return UNKNOWN;
    }
  }

  private static String readCommit() {
    String head = git("rev-parse", "HEAD");
    if (head == null) {
      String env = System.getenv("GITHUB_SHA") != null ? System.getenv("GITHUB_SHA") : System.getenv("CI_COMMIT_SHA");
      return env == null || env.isBlank() ? UNKNOWN : env.trim();
    }
    String changes = git("status", "--porcelain", "--untracked-files=no");
    return changes == null || changes.isEmpty() ? head : head + " (with uncommitted changes)";
  }

  // A certificate is still written without git: the commit is then unknown.
  private static String git(String... args) {
    try {
      String[] cmd = new String[args.length + 1];
      cmd[0] = "git";
      System.arraycopy(args, 0, cmd, 1, args.length);
      Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      return p.exitValue() == 0 ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
