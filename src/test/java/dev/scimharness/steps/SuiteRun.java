package dev.scimharness.steps;

import dev.scimharness.conformance.Targets;
import dev.scimharness.report.RunSummary;
import dev.scimharness.steps.conformance.QuietSummaryPlugin;
import io.cucumber.core.options.CommandlineOptionsParser;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.runtime.Runtime;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs Cucumber features in this JVM, four scenarios at a time, with the given glue roots and system properties,
 * and returns their summary; used where a test runs a suite against a configuration of its own (the fault
 * self-test, the sigma runs, peer servers). The target the run opened is closed and every property is restored
 * afterwards, so the next run starts from the same state.
 */
public final class SuiteRun {
  /** The conformance suite's glue root. */
  public static final String CONFORMANCE_GLUE = "dev.scimharness.steps.conformance";

  private final String name;
  private final List<String> glue = new ArrayList<>();
  private final Map<String, String> properties = new LinkedHashMap<>();
  private final List<io.cucumber.plugin.Plugin> plugins = new ArrayList<>();
  private String tags;

  private SuiteRun(String name) {
    this.name = name;
  }

  /** A run whose summary goes to {@code target/<directory>}. */
  public static SuiteRun named(String directory) {
    return new SuiteRun(directory);
  }

  public SuiteRun glue(String... packages) {
    glue.addAll(List.of(packages));
    return this;
  }

  public SuiteRun tags(String expression) {
    tags = expression;
    return this;
  }

  /** Adds a plugin that listens to the run's events. */
  public SuiteRun plugin(io.cucumber.plugin.Plugin plugin) {
    plugins.add(plugin);
    return this;
  }

  /** Sets a system property for the run; {@code null} clears it. */
  public SuiteRun property(String key, String value) {
    properties.put(key, value);
    return this;
  }

  /** Runs the features; one run at a time in this JVM, since the target and the properties are global. */
  public RunSummary run(List<String> featurePaths) {
    synchronized (SuiteRun.class) {
      return execute(featurePaths);
    }
  }

  private RunSummary execute(List<String> featurePaths) {
    Map<String, String> previous = new LinkedHashMap<>();
    properties.forEach((k, v) -> {
      previous.put(k, System.getProperty(k));
      set(k, v);
    });
    try {
      QuietSummaryPlugin plugin = new QuietSummaryPlugin("target/" + name);
      List<String> args = new ArrayList<>();
      for (String g : glue.isEmpty() ? List.of(CONFORMANCE_GLUE) : glue) {
        args.addAll(List.of("--glue", g));
      }
      if (tags != null) {
        args.addAll(List.of("--tags", tags));
      }
      args.addAll(List.of("--threads", "4", "--monochrome"));
      args.addAll(featurePaths);
      RuntimeOptions options = new CommandlineOptionsParser(OutputStream.nullOutputStream())
          .parse(args.toArray(String[]::new)).build();
      Runtime.builder().withRuntimeOptions(options)
          .withClassLoader(() -> Thread.currentThread().getContextClassLoader())
          .withAdditionalPlugins(all(plugin)).build().run();
      RunSummary summary = plugin.summary();
      if (summary == null) {
        throw new AssertionError("the run '" + name + "' did not finish");
      }
      return summary;
    } finally {
      Targets.closeCurrent();
      previous.forEach(SuiteRun::set);
    }
  }

  private io.cucumber.plugin.Plugin[] all(io.cucumber.plugin.Plugin summary) {
    List<io.cucumber.plugin.Plugin> all = new ArrayList<>(plugins);
    all.add(0, summary);
    return all.toArray(io.cucumber.plugin.Plugin[]::new);
  }

  private static void set(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
