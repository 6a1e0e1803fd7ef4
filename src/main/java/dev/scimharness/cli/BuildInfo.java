package dev.scimharness.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version the jar's manifest carries (written by the build), and the Java running it. */
public final class BuildInfo implements IVersionProvider {
  /** The harness version, or a note that these classes do not come from the packaged jar. */
  public static String version() {
    String v = BuildInfo.class.getPackage().getImplementationVersion();
    return v == null ? "development build (not the packaged jar)" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"SCIM Harness " + version(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
  }
}
