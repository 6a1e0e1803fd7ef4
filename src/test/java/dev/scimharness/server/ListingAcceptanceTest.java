package dev.scimharness.server;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Listing, filtering, paging and sorting on a tenant holding exactly five users. */
class ListingAcceptanceTest {
  static ServerFixture f;
  static final List<String> ids = new ArrayList<>();

  @BeforeAll
  static void start() {
    f = ServerFixture.start(b -> b.maxResults(3));
    for (String n : List.of("carol", "alice", "eve", "bob", "dave")) {
      ids.add(f.createUser(n));
    }
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  @Test
  void listWithoutParametersIsCappedByMaxResultsAndCountsEveryMatch() {
    f.scim().get("/Users").then().statusCode(200)
        .body("schemas", hasItem("urn:ietf:params:scim:api:messages:2.0:ListResponse"))
        .body("totalResults", equalTo(5)).body("itemsPerPage", equalTo(3)).body("startIndex", equalTo(1))
        .body("Resources", hasSize(3));
  }

  @Test
  void startIndexIsOneBasedAndBelowOneMeansOne() {
    f.scim().get("/Users?startIndex=2&count=2").then().body("startIndex", equalTo(2))
        .body("Resources.id", contains(ids.get(1), ids.get(2)));
    f.scim().get("/Users?startIndex=0&count=1").then().body("startIndex", equalTo(1))
        .body("Resources.id", contains(ids.get(0)));
    f.scim().get("/Users?startIndex=-5&count=1").then().body("Resources.id", contains(ids.get(0)));
  }

  @Test
  void countZeroGivesOnlyTheTotal() {
    f.scim().get("/Users?count=0").then().body("totalResults", equalTo(5)).body("Resources", hasSize(0));
  }

  @Test
  void pagingPastTheEndGivesAnEmptyPage() {
    f.scim().get("/Users?startIndex=6").then().body("totalResults", equalTo(5)).body("Resources", hasSize(0));
  }

  @Test
  void userNameEqMatchesIgnoringCase() {
    f.scim().queryParam("filter", "userName eq \"ALICE\"").get("/Users").then()
        .body("totalResults", equalTo(1)).body("Resources[0].userName", equalTo("alice"));
  }

  @Test
  void anUnknownUserNameGives200WithAnEmptyList() {
    f.scim().queryParam("filter", "userName eq \"8a3c2f7e-unknown\"").get("/Users").then().statusCode(200)
        .body("totalResults", equalTo(0)).body("Resources", hasSize(0));
  }

  @Test
  void sortByUserNameAscendingAndDescending() {
    f.scim().get("/Users?sortBy=userName&count=3").then()
        .body("Resources.userName", contains("alice", "bob", "carol"));
    f.scim().get("/Users?sortBy=userName&sortOrder=descending&count=2").then()
        .body("Resources.userName", contains("eve", "dave"));
  }

  @Test
  void aBadSortOrderOrCountIs400InvalidValue() {
    f.scim().get("/Users?sortBy=userName&sortOrder=sideways").then().statusCode(400)
        .body("scimType", equalTo("invalidValue"));
    f.scim().get("/Users?count=many").then().statusCode(400).body("scimType", equalTo("invalidValue"));
  }

  @Test
  void aMalformedFilterIs400InvalidFilter() {
    f.scim().queryParam("filter", "userName eq").get("/Users").then().statusCode(400)
        .body("scimType", equalTo("invalidFilter")).body("status", equalTo("400"));
  }

  @Test
  void searchWithPostFindsTheSameAsGet() {
    f.scim().body("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
        + "\"filter\":\"userName eq \\\"bob\\\"\",\"attributes\":[\"userName\"]}").post("/Users/.search")
        .then().statusCode(200).body("totalResults", equalTo(1)).body("Resources[0].userName", equalTo("bob"))
        .body("Resources[0].meta", nullValue());
  }

  @Test
  void rootSearchSpansUsersAndGroups() {
    f.scim().body("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],\"count\":0}")
        .post("/.search").then().statusCode(200).body("totalResults", equalTo(5));
  }
}
