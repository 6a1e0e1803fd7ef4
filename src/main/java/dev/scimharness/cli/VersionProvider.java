package dev.scimharness.cli;

import dev.scimharness.report.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the harness version and commit the certificate names too, and the Java running it. */
public final class VersionProvider implements IVersionProvider {
  /** The harness version, or a note that these classes do not come from a build that stamped one. */
  public static String version() {
    String v = BuildInfo.current().version();
    return BuildInfo.UNKNOWN.equals(v) ? "development build (no version stamped)" : v;
  }

  @Override
  public String[] getVersion() {
    BuildInfo b = BuildInfo.current();
    return new String[] {"SCIM Harness " + version() + (BuildInfo.UNKNOWN.equals(b.commit()) ? "" : ", commit "
        + b.commit()), "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
  }
}
