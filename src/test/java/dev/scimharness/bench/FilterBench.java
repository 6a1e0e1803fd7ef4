package dev.scimharness.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.filter.CompiledFilter;
import dev.scimharness.filter.Filter;
import dev.scimharness.filter.FilterEvaluator;
import dev.scimharness.filter.FilterParser;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.SchemaRegistry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Filter parsing and evaluation, ours beside the UnboundID SCIM 2 SDK doing the same work on the same inputs:
 * one operation parses (or evaluates against one realistic Enterprise User) each of the filters below, which
 * span the RFC 7644 §3.4.2.2 examples and what IdPs send (Okta/Entra lookups by userName and externalId).
 * Run: mvn -B -Pbench test -Djmh.args="FilterBench -f 1 -wi 3 -i 5 -w 1s -r 1s"
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FilterBench {
  static final String[] FILTERS = {
      "userName eq \"bjensen\"",
      "externalId eq \"701984-ext\"",
      "name.familyName co \"O'Malley\"",
      "meta.lastModified gt \"2011-05-13T04:42:34Z\"",
      "title pr and userType eq \"Employee\"",
      "userType eq \"Employee\" and (emails.type eq \"work\")",
      "userType ne \"Employee\" and not (emails.value co \"example.com\" or emails.value co \"example.org\")",
      "emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\" and value co \"@foo.com\"]",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"701984\"",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"26118915-6090-4610-87e4-49d8ca9f808d\""};

  static final String USER = """
      {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
        "id": "2819c223-7f76-453a-919d-413861904646",
        "externalId": "701984-ext",
        "userName": "bjensen@example.com",
        "name": {"formatted": "Ms. Barbara J Jensen, III", "familyName": "Jensen", "givenName": "Barbara",
                 "middleName": "Jane", "honorificPrefix": "Ms.", "honorificSuffix": "III"},
        "displayName": "Babs Jensen",
        "nickName": "Babs",
        "profileUrl": "https://login.example.com/bjensen",
        "emails": [
          {"value": "bjensen@example.com", "type": "work", "primary": true},
          {"value": "babs@jensen.org", "type": "home"}
        ],
        "addresses": [
          {"streetAddress": "100 Universal City Plaza", "locality": "Hollywood", "region": "CA",
           "postalCode": "91608", "country": "USA", "type": "work", "primary": true},
          {"streetAddress": "456 Hollywood Blvd", "locality": "Hollywood", "region": "CA",
           "postalCode": "91608", "country": "USA", "type": "home"}
        ],
        "phoneNumbers": [{"value": "555-555-5555", "type": "work"}, {"value": "555-555-4444", "type": "mobile"}],
        "ims": [{"value": "someaimhandle", "type": "aim"}],
        "photos": [{"value": "https://photos.example.com/profilephoto/72930000000Ccne/F", "type": "photo"}],
        "userType": "Employee",
        "title": "Tour Guide",
        "preferredLanguage": "en-US",
        "locale": "en-US",
        "timezone": "America/Los_Angeles",
        "active": true,
        "groups": [
          {"value": "e9e30dba-f08f-4109-8486-d5c6a331660a", "display": "Tour Guides"},
          {"value": "fc348aa8-3835-40eb-a20b-c726e15c55b5", "display": "Employees"}
        ],
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
          "employeeNumber": "701984", "costCenter": "4130", "organization": "Universal Studios",
          "division": "Theme Park", "department": "Tour Operations",
          "manager": {"value": "26118915-6090-4610-87e4-49d8ca9f808d", "displayName": "John Smith"}
        },
        "meta": {"resourceType": "User", "created": "2010-01-23T04:56:22Z",
                 "lastModified": "2011-05-13T04:42:34Z", "version": "W/\\"3694e05e9dff591\\""}
      }""";

  ResourceSchema users;
  JsonNode user;
  Filter[] ours;
  CompiledFilter[] compiled;
  com.unboundid.scim2.common.filters.Filter[] theirs;

  @Setup
  public void setUp() throws Exception {
    users = SchemaRegistry.standard().resourceSchema("User");
    user = Json.parse(USER);
    ours = new Filter[FILTERS.length];
    compiled = new CompiledFilter[FILTERS.length];
    theirs = new com.unboundid.scim2.common.filters.Filter[FILTERS.length];
    for (int i = 0; i < FILTERS.length; i++) {
      ours[i] = FilterParser.parse(FILTERS[i]);
      compiled[i] = CompiledFilter.compile(ours[i], users);
      theirs[i] = com.unboundid.scim2.common.filters.Filter.fromString(FILTERS[i]);
      boolean a = FilterEvaluator.matches(ours[i], user, users);
      boolean b = com.unboundid.scim2.common.utils.FilterEvaluator.evaluate(theirs[i], user);
      if (a != b) {
        throw new IllegalStateException("the two evaluators disagree on " + FILTERS[i] + ": not the same work");
      }
    }
  }

  @Benchmark
  public void parseHarness(Blackhole bh) {
    for (String f : FILTERS) {
      bh.consume(FilterParser.parse(f));
    }
  }

  @Benchmark
  public void parseUnboundId(Blackhole bh) throws Exception {
    for (String f : FILTERS) {
      bh.consume(com.unboundid.scim2.common.filters.Filter.fromString(f));
    }
  }

  @Benchmark
  public void evaluateHarness(Blackhole bh) {
    for (Filter f : ours) {
      bh.consume(FilterEvaluator.matches(f, user, users));
    }
  }

  /** What a server does per resource once the request's filter is compiled (not a like-for-like comparison). */
  @Benchmark
  public void evaluateHarnessCompiled(Blackhole bh) {
    for (CompiledFilter f : compiled) {
      bh.consume(f.matches(user));
    }
  }

  @Benchmark
  public void evaluateUnboundId(Blackhole bh) throws Exception {
    for (com.unboundid.scim2.common.filters.Filter f : theirs) {
      bh.consume(com.unboundid.scim2.common.utils.FilterEvaluator.evaluate(f, user));
    }
  }
}
