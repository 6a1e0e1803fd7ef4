package dev.scimharness.steps.conformance;

import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import dev.scimharness.cli.SuiteLauncher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.SelectDirectories;

/**
 * The conformance suite as {@link RunConformanceTest} declares it (features, glue, object factory, plugins), started
 * with the JUnit Platform launcher from the jar's {@code test} command. The declaration is read from that class, so
 * the jar and the main job cannot drift apart; only the reports directory and the thread count are the command's.
 * In the jar the features are class path resources; from a source tree they are the directories themselves.
 */
public final class ConformanceLauncher implements SuiteLauncher {
  // "reports" as a plugin argument: the directory ("SummaryPlugin:reports") or the start of a file path.
  private static final Pattern REPORTS = Pattern.compile("(?<=:)reports(?=/|,|$)");

  @Override
  public void run(Path reports, int threads) {
    var request = LauncherDiscoveryRequestBuilder.request()
        .selectors(features())
        .filters(EngineFilter.includeEngines("cucumber"))
        .configurationParameters(parameters(reports, threads))
        .build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(request, listener);
    // A scenario's failure is in the reports; the engine's own (a feature that does not parse, glue that does not
    // load) would otherwise be silent.
    for (TestExecutionSummary.Failure f : listener.getSummary().getFailures()) {
      if (f.getTestIdentifier().isContainer()) {
        System.err.println("[conformance] " + f.getTestIdentifier().getDisplayName() + " could not run: "
            + f.getException());
      }
    }
  }

  /** The suite's configuration parameters with its reports in {@code reports} and {@code threads} at a time. */
  static Map<String, String> parameters(Path reports, int threads) {
    Map<String, String> p = new LinkedHashMap<>();
    for (ConfigurationParameter c : RunConformanceTest.class.getAnnotationsByType(ConfigurationParameter.class)) {
      p.put(c.key(), c.value());
    }
    p.put(PLUGIN_PROPERTY_NAME, REPORTS.matcher(p.get(PLUGIN_PROPERTY_NAME))
        .replaceAll(Matcher.quoteReplacement(reports.toString().replace('\\', '/'))));
    p.put("cucumber.execution.parallel.config.strategy", "fixed");
    p.put("cucumber.execution.parallel.config.fixed.parallelism", Integer.toString(threads));
    p.put("cucumber.execution.parallel.config.fixed.max-pool-size", Integer.toString(threads));
    p.put("cucumber.publish.quiet", "true");
    return p;
  }

  /** The feature directories of the suite: packages on the class path (the jar), else directories on disk. */
  static List<DiscoverySelector> features() {
    List<DiscoverySelector> selectors = new ArrayList<>();
    for (String dir : RunConformanceTest.class.getAnnotation(SelectDirectories.class).value()) {
      boolean packaged = ConformanceLauncher.class.getClassLoader().getResource(dir) != null;
      selectors.add(packaged ? DiscoverySelectors.selectPackage(dir.replace('/', '.'))
          : DiscoverySelectors.selectDirectory(dir));
    }
    return selectors;
  }

  @Override
  public String toString() {
    return "ConformanceLauncher" + Arrays.toString(RunConformanceTest.class.getAnnotation(SelectDirectories.class).value());
  }
}
