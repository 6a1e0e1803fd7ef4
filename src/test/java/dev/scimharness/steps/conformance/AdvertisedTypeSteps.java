package dev.scimharness.steps.conformance;

import dev.scimharness.conformance.AdvertisedType;
import dev.scimharness.conformance.AdvertisedTypeChecks;
import dev.scimharness.conformance.AdvertisedTypes;
import dev.scimharness.conformance.Blocked;
import dev.scimharness.conformance.CharacteristicChecks;
import dev.scimharness.conformance.CheckResult;
import dev.scimharness.conformance.ConformanceFailure;
import dev.scimharness.conformance.LatitudeChecks;
import dev.scimharness.conformance.TypeProbe;
import io.cucumber.java.en.Then;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Generic checks of every resource type the target advertises beyond User and Group (scenarios tagged
 * {@code @advertisedTypes}, skipped by {@link Hooks} when there is none), each built from the type's schemas.
 */
public final class AdvertisedTypeSteps {
  private final ScimWorld world;

  public AdvertisedTypeSteps(ScimWorld world) {
    this.world = world;
  }

  @Then("every other advertised resource type is created, read, listed and deleted")
  public void lifecycle() {
    each("no resource type to check", AdvertisedTypeChecks::lifecycle);
  }

  @Then("every other advertised resource type is found by a filter on its key attribute")
  public void filter() {
    each("no advertised resource type has a required or unique string attribute to filter on",
        AdvertisedTypeChecks::filter);
  }

  @Then("the required extensions of other advertised resource types are part of each resource and not left out")
  public void requiredExtensions() {
    each("no advertised resource type beyond User and Group requires an extension",
        AdvertisedTypeChecks::requiredExtensions);
  }

  @Then("a duplicate unique value of another advertised resource type is a SCIM error 409 with scimType {string}")
  public void uniqueness(String scimType) {
    each(noUnique(), (p, token, out) -> AdvertisedTypeChecks.uniqueness(p, token, List.of(409), scimType, false, out));
  }

  @Then("a duplicate unique value of another advertised resource type is refused with 400 or 409")
  public void uniquenessRefused() {
    each(noUnique(), (p, token, out) -> AdvertisedTypeChecks.uniqueness(p, token, List.of(400, 409), null, false, out));
  }

  @Then("no two resources of another advertised resource type hold the same unique value")
  public void uniquenessHeld() {
    each(noUnique(), (p, token, out) -> AdvertisedTypeChecks.uniqueness(p, token, List.of(400, 409), null, true, out));
  }

  @Then("readOnly values sent to other advertised resource types on create are ignored")
  public void readOnly() {
    each("no advertised resource type beyond User and Group declares a readOnly attribute of its own",
        CharacteristicChecks::readOnlyIgnored);
  }

  @Then("immutable values of other advertised resource types are not changed by a PUT")
  public void immutable() {
    each(noImmutable(), (p, token, out) -> CharacteristicChecks.immutableKept(p, token, false, out));
  }

  @Then("a PUT changing an immutable value of another advertised resource type is a SCIM error 400 with scimType \"mutability\"")
  public void immutableRefused() {
    each(noImmutable(), (p, token, out) -> CharacteristicChecks.immutableKept(p, token, true, out));
  }

  @Then("writeOnly and never-returned values of other advertised resource types are in no answer")
  public void never() {
    each("no advertised resource type beyond User and Group declares a writeOnly or never-returned attribute",
        CharacteristicChecks::neverReturned);
  }

  @Then("request-returned values of other advertised resource types are returned only when asked for")
  public void request() {
    each("no advertised resource type beyond User and Group declares an attribute returned on request",
        CharacteristicChecks::onRequestOnly);
  }

  @Then("always-returned values of other advertised resource types are returned even when excluded")
  public void always() {
    each("no advertised resource type beyond User and Group declares an attribute of its own returned always",
        CharacteristicChecks::alwaysReturned);
  }

  @Then("filters on other advertised resource types compare strings as their caseExact declares")
  public void caseExact() {
    each("no advertised resource type beyond User and Group has a string attribute to filter on",
        CharacteristicChecks::caseExactFilters);
  }

  @Then("other advertised resource types allow what each attribute's mutability permits")
  public void mutabilityPermits() {
    each("no advertised resource type beyond User and Group has an attribute a client may write",
        LatitudeChecks::mutabilityPermits);
  }

  @Then("values of other advertised resource types that are not caseExact keep their value up to case and match in any case")
  public void caseInsensitive() {
    each("no advertised resource type beyond User and Group has a string attribute that is not caseExact",
        LatitudeChecks::caseInsensitiveValues);
  }

  @Then("a filter on a never-returned value of another advertised resource type is refused or finds its resource")
  public void neverInFilter() {
    each("no advertised resource type beyond User and Group declares a never-returned string attribute",
        LatitudeChecks::neverReturnedInFilter);
  }

  private static String noUnique() {
    return "no advertised resource type beyond User and Group declares a unique string attribute";
  }

  private static String noImmutable() {
    return "no advertised resource type beyond User and Group declares an immutable attribute";
  }

  /** A check over one type: the probe, a token naming what it creates, and where it records. */
  @FunctionalInterface
  interface Check {
    void run(TypeProbe probe, String token, CheckResult out);
  }

  private void each(String nothing, Check check) {
    List<AdvertisedType> types = AdvertisedTypes.beyondUserAndGroup(world.extensions());
    if (world.extensions().resourceTypes() == null) {
      throw new Blocked("/ResourceTypes could not be read, so no advertised resource type can be checked");
    }
    CheckResult out = CheckResult.start(nothing);
    for (int i = 0; i < types.size(); i++) {
      check.run(new TypeProbe(types.get(i), world::send), world.run() + "t" + i, out);
    }
    Assumptions.assumeFalse(out.checked().isEmpty(), "skipped: " + nothing);
    if (!out.problems().isEmpty()) {
      throw new ConformanceFailure(out.problems().size() + " problem(s) in " + out.checked() + ":\n  - "
          + String.join("\n  - ", out.problems()));
    }
  }
}
