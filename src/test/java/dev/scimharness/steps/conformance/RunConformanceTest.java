package dev.scimharness.steps.conformance;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.OBJECT_FACTORY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The conformance suite: every feature under {@code features/} against the configured target. Run it with
 * {@code mvn -B test -Pconformance}; narrow it with {@code -Dcucumber.filter.tags=…}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories({"features/rfc7643", "features/rfc7644", "features/rfc9865"})
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.scimharness.steps.conformance")
@ConfigurationParameter(key = OBJECT_FACTORY_PROPERTY_NAME, value = "io.cucumber.picocontainer.PicoFactory")
// Scenarios are independent (unique names, scoped filters), so several run at a time: the wait is the network.
// How many is the main job's -Dscim.threads (pom.xml), 4 elsewhere (junit-platform.properties).
@ConfigurationParameter(key = PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME, value = "true")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "html:reports/cucumber.html, json:reports/cucumber.json, junit:reports/junit.xml,"
    + " io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm, dev.scimharness.steps.conformance.SummaryPlugin:reports,"
    + " dev.scimharness.steps.conformance.ProgressPlugin")
public class RunConformanceTest {}
