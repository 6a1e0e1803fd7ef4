package dev.scimharness.steps.interop;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.OBJECT_FACTORY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The IdP interop features ({@code features/interop}, tag {@code @interop}): every dialect against the embedded
 * reference server in lenient and strict mode. They need no configured target, so {@code mvn test} runs them;
 * narrow with {@code -Dcucumber.filter.tags="@idp-okta"}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features/interop")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.scimharness.steps.interop")
@ConfigurationParameter(key = OBJECT_FACTORY_PROPERTY_NAME, value = "io.cucumber.picocontainer.PicoFactory")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "html:reports/interop-features.html")
public class RunInteropTest {}
