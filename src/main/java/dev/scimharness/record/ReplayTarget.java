package dev.scimharness.record;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.scimharness.endpoint.ConfigException;
import dev.scimharness.endpoint.ExchangeTap;
import dev.scimharness.endpoint.Target;
import dev.scimharness.scim.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A recording served by WireMock on a free loopback port, standing in for the target it was made against. Absolute
 * URLs in the recording (Location, meta.location, $ref) name the recorded origin; they are given the replay
 * server's as the mappings load, so the run follows them here. Each request names its scenario in
 * {@value Recording#SCENARIO_HEADER}, by which the mappings keep every scenario's answers in its own order.
 */
public final class ReplayTarget implements SeededTarget {
  private final Path directory;
  private final Recording recording;
  private final WireMockServer server;
  private final URI baseUrl;

  private ReplayTarget(Path directory, Recording recording, WireMockServer server) {
    this.directory = directory;
    this.recording = recording;
    this.server = server;
    URI recorded = recording.baseUrl();
    this.baseUrl = URI.create("http://127.0.0.1:" + server.port() + (recorded.getRawPath() == null ? ""
        : recorded.getRawPath()));
  }

  /** Starts WireMock with the recording in {@code directory}; one that is not a recording is a {@link ConfigException}. */
  public static ReplayTarget start(Path directory) {
    Recording recording = Recording.read(directory);
    List<Path> files = mappingFiles(directory);
    WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
        .extensions(new SerialMatching()));
    server.start();
    try {
      // Whatever WireMock found under its default file root is not part of this recording.
      server.resetMappings();
      String origin = "http://127.0.0.1:" + server.port();
      for (Path f : files) {
        JsonNode root = Json.MAPPER.readTree(Files.readString(f).replace(recording.origin(), origin));
        for (JsonNode m : root.path("mappings")) {
          server.addStubMapping(StubMapping.buildFrom(Json.write(m)));
        }
      }
    } catch (IOException | RuntimeException e) {
      server.stop();
      throw new ConfigException("the recording in " + directory + " cannot be served: " + e.getMessage());
    }
    ReplayTarget t = new ReplayTarget(directory, recording, server);
    System.out.println("[replay] " + t.describe() + "; name prefix " + recording.seed().namePrefix() + ", seed "
        + recording.seed().seed());
    return t;
  }

  private static List<Path> mappingFiles(Path directory) {
    Path mappings = directory.resolve(Recording.MAPPINGS);
    try (var list = Files.list(mappings)) {
      List<Path> files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      if (files.isEmpty()) {
        throw new ConfigException("the recording in " + directory + " has no mappings under " + mappings + ".");
      }
      return files;
    } catch (IOException e) {
      throw new ConfigException("the recording in " + directory + " has no readable " + Recording.MAPPINGS
          + " directory: " + e.getMessage());
    }
  }

  @Override
  public RunSeed seed() {
    return recording.seed();
  }

  /** Requests no mapping answered (WireMock's 404): a replay that strayed from the recording. */
  public int unmatched() {
    return server.findAllUnmatchedRequests().size();
  }

  @Override
  public ExchangeTap tap() {
    return new ExchangeTap() {
      @Override
      public String context() {
        return ScenarioKey.current();
      }

      @Override
      public Map<String, String> headers(String context) {
        return context == null ? Map.of() : Map.of(Recording.SCENARIO_HEADER, context);
      }
    };
  }

  @Override
  public URI baseUrl() {
    return baseUrl;
  }

  @Override
  public Optional<String> token() {
    return Optional.of(Recording.REPLAY_TOKEN);
  }

  /** What the recorded target was: a replay of the embedded server is judged as that server was. */
  @Override
  public boolean embedded() {
    return recording.embedded();
  }

  // The recorded answers already show the clock moved; saying so lets the scenario go on as it did.
  @Override
  public boolean advanceClock(Duration d) {
    return recording.movableClock();
  }

  @Override
  public String describe() {
    return "replay of " + directory + " (recorded against " + recording.baseUrl() + ") at " + baseUrl;
  }

  @Override
  public void close() {
    server.stop();
  }
}
