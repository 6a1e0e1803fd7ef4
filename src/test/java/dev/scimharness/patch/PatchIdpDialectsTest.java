package dev.scimharness.patch;

import static dev.scimharness.patch.PatchTesting.ENTERPRISE;
import static dev.scimharness.patch.PatchTesting.GROUP;
import static dev.scimharness.patch.PatchTesting.USER;
import static dev.scimharness.patch.PatchTesting.assertJson;
import static dev.scimharness.patch.PatchTesting.lenient;
import static dev.scimharness.patch.PatchTesting.rejected;
import static dev.scimharness.patch.PatchTesting.rules;
import static dev.scimharness.patch.PatchTesting.strict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scimharness.lint.LintFinding;
import dev.scimharness.scim.Leniency;
import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ScimType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PATCH shapes real IdPs send, as their public documentation and SCIM servers' trackers show them (the dialects
 * in {@code simulators/} cite each page; {@code docs/sources.md} lists them). RFC-conformant ones pass in both modes
 * with no finding; the others pass in LENIENT with exactly the findings that name the rule they break, and fail in
 * STRICT with the scimType of that rule.
 */
class PatchIdpDialectsTest {
  private static final String MANDY = "902c246b-6245-4190-8e05-00816be7344a";
  private static final String BABS = "2819c223-7f76-453a-919d-413861904646";

  // ---- conformant shapes: accepted in both modes without findings ------------------------------------------------

  static Stream<Arguments> conformantShapes() {
    return Stream.of(
        arguments("Okta deactivate", USER, "[{'op':'replace','value':{'active':false}}]"),
        arguments("Okta reactivate", USER, "[{'op':'replace','value':{'active':true}}]"),
        arguments("Okta group rename with the group's id", GROUP,
            "[{'op':'replace','value':{'id':'e9e30dba-f08f-4109-8486-d5c6a331660a','displayName':'Test SCIMv2'}}]"),
        arguments("Okta member remove then add", GROUP, """
            [{'op':'remove','path':'members[value eq \\"%s\\"]'},
             {'op':'add','path':'members','value':[{'value':'23a35c27','display':'test.user@okta.local'}]}]"""
            .formatted(MANDY)),
        arguments("Okta member list replace", GROUP,
            "[{'op':'replace','path':'members','value':[{'value':'23a35c27','display':'test.user@okta.local'}]}]"),
        arguments("Entra flagged disable", USER, "[{'op':'replace','path':'active','value':false}]"),
        arguments("Entra flagged member remove", GROUP,
            "[{'op':'remove','path':'members[value eq \\\"%s\\\"]'}]".formatted(BABS)),
        arguments("Entra flagged update with a URN-qualified attribute",
            USER, "[{'op':'replace','value':{'displayName':'Bjfe','" + ENTERPRISE + ":employeeNumber':'Aklq'}}]"),
        arguments("Entra work email update on a user with a work email", USER,
            "[{'op':'replace','path':'emails[type eq \\\"work\\\"].value','value':'updatedEmail@microsoft.com'}]"),
        arguments("JumpCloud member add", GROUP, "[{'op':'add','path':'members','value':[{'value':'jc-1'}]}]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conformantShapes")
  void conformantIdpShapeIsAcceptedInBothModesWithoutFindings(String name, String resource, String operations) {
    PatchResult s = strict(resource, operations);
    PatchResult l = lenient(resource, operations);
    assertEquals(s.resource(), l.resource());
    assertTrue(s.findings().isEmpty(), () -> "" + s.findings());
    assertTrue(l.findings().isEmpty(), () -> "" + l.findings());
  }

  // ---- non-conformant shapes: LENIENT findings, STRICT scimType --------------------------------------------------

  static Stream<Arguments> nonConformantShapes() {
    return Stream.of(
        arguments("Entra legacy update", USER, """
            [{'op':'Replace','path':'emails[type eq \\"work\\"].value','value':'updatedEmail@microsoft.com'},
             {'op':'Replace','path':'name.familyName','value':'updatedFamilyName'}]""",
            List.of("patch-op-case", "patch-op-case"), ScimType.invalidSyntax),
        arguments("Entra legacy disable", USER, "[{'op':'Replace','path':'active','value':'False'}]",
            List.of("patch-op-case", "string-boolean"), ScimType.invalidSyntax),
        arguments("Entra string boolean with lower-case op", USER, "[{'op':'replace','path':'active','value':'False'}]",
            List.of("string-boolean"), ScimType.invalidValue),
        arguments("Entra legacy rename", GROUP, "[{'op':'Replace','path':'displayName','value':'New'}]",
            List.of("patch-op-case"), ScimType.invalidSyntax),
        arguments("Entra legacy member add with a null $ref", GROUP,
            "[{'op':'Add','path':'members','value':[{'$ref':null,'value':'f648f8d5ea4e4cd38e9c'}]}]",
            List.of("patch-op-case"), ScimType.invalidSyntax),
        arguments("Entra legacy member remove with a value", GROUP,
            "[{'op':'Remove','path':'members','value':[{'value':'%s'}]}]".formatted(MANDY),
            List.of("patch-op-case", "remove-with-value"), ScimType.invalidSyntax),
        arguments("Entra 'Add' for active", USER, "[{'op':'Add','path':'active','value':true}]",
            List.of("patch-op-case"), ScimType.invalidSyntax),
        arguments("Entra flagged dotted keys", USER, """
            [{'op':'replace','value':{'displayName':'Bjfe','name.givenName':'Kkom','name.familyName':'Unua',
              'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber':'Aklq'}}]""",
            List.of("dotted-key-in-pathless-value", "dotted-key-in-pathless-value"), ScimType.invalidValue),
        arguments("Entra work email update when the user has none", PatchTesting.json(USER).without("emails")
            .toString(),
            "[{'op':'replace','path':'emails[type eq \\\"work\\\"].value','value':'new@microsoft.com'}]",
            List.of("replace-creates-filtered-value"), ScimType.noTarget),
        arguments("Entra add to the work email when there is none", PatchTesting.json(USER).without("emails")
            .toString(),
            "[{'op':'add','path':'emails[type eq \\\"work\\\"].value','value':'new@microsoft.com'}]",
            List.of("add-creates-filtered-value"), ScimType.noTarget),
        arguments("Entra manager as a plain string", USER,
            "[{'op':'replace','path':'" + ENTERPRISE + ":manager','value':'26118915'}]",
            List.of("string-for-complex"), ScimType.invalidValue),
        arguments("JumpCloud member remove with a value", GROUP,
            "[{'op':'remove','path':'members','value':[{'value':'%s'}]}]".formatted(MANDY),
            List.of("remove-with-value"), ScimType.invalidValue),
        arguments("OneLogin emails as one object", USER,
            "[{'op':'add','path':'emails','value':{'value':'o@onelogin.example','type':'other'}}]",
            List.of("single-value-for-multi-valued"), ScimType.invalidValue),
        arguments("PatchOp schema missing", USER,
            "[{'op':'replace','path':'nickName','value':'B'}]", List.of("patch-missing-schema"),
            ScimType.invalidSyntax));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonConformantShapes")
  void nonConformantIdpShapeIsAcceptedWithFindingsWhenLenientAndRejectedWhenStrict(String name, String resource,
      String operations, List<String> findings, ScimType strictError) {
    if (name.equals("PatchOp schema missing")) {
      PatchResult l = withoutSchema(resource, operations, Leniency.LENIENT);
      assertEquals(findings, rules(l));
      ScimException e = assertThrows(ScimException.class, () -> withoutSchema(resource, operations, Leniency.STRICT));
      assertEquals(strictError, e.scimType());
      return;
    }
    PatchResult l = lenient(resource, operations);
    assertEquals(findings, rules(l));
    assertTrue(l.findings().stream().allMatch(f -> f.section().startsWith("RFC 764")), () -> "" + l.findings());
    rejected(resource, operations, Leniency.STRICT, strictError);
  }

  private static PatchResult withoutSchema(String resource, String operations, Leniency leniency) {
    var r = PatchTesting.json(resource);
    List<LintFinding> findings = new ArrayList<>();
    PatchRequest request = PatchParser.parse(PatchTesting.json("{'Operations':" + operations + "}"), leniency,
        findings);
    PatchResult result = PatchEngine.apply(r, request, PatchTesting.USERS, leniency);
    findings.addAll(result.findings());
    return new PatchResult(result.resource(), result.changed(), findings);
  }

  // ---- what LENIENT makes of them ---------------------------------------------------------------------------------

  @Test
  void entraLegacyDisableStoresTheBooleanFalse() {
    PatchResult r = lenient(USER, "[{'op':'Replace','path':'active','value':'False'}]");
    assertEquals(false, r.resource().get("active").booleanValue());
    assertTrue(r.resource().get("active").isBoolean());
  }

  @Test
  void entraDottedKeysAreAppliedAsPathsAndTheExtensionAttributeLandsInItsContainer() {
    PatchResult r = lenient(USER, """
        [{'op':'replace','value':{'displayName':'Bjfe','name.givenName':'Kkom','name.familyName':'Unua',
          'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber':'Aklq'}}]""");
    assertJson("{'givenName':'Kkom','familyName':'Unua'}", r.resource().get("name"));
    assertEquals("Bjfe", r.resource().get("displayName").textValue());
    assertEquals("Aklq", r.resource().get(ENTERPRISE).get("employeeNumber").textValue());
    assertTrue(r.resource().properties().stream().noneMatch(e -> e.getKey().startsWith("name.")));
  }

  @Test
  void aPathLessKeyThatIsNoAttributeNameIsIgnoredInLenientAndRefusedInStrict() {
    String operations = "[{'op':'add','value':{'shoe size':'44','displayName':'Kept'}}]";
    PatchResult r = lenient(USER, operations);
    assertEquals("Kept", r.resource().get("displayName").textValue());
    assertFalse(r.resource().has("shoe size"));
    assertEquals(List.of("unknown-attribute"), rules(r));
    rejected(USER, operations, Leniency.STRICT, ScimType.invalidValue);
  }

  @Test
  void entraRemoveWithValueRemovesExactlyTheListedMembers() {
    PatchResult r = lenient(GROUP, "[{'op':'Remove','path':'members','value':[{'value':'%s'}]}]".formatted(MANDY));
    assertEquals(1, r.resource().get("members").size());
    assertEquals(BABS, r.resource().get("members").get(0).get("value").textValue());
  }

  @Test
  void entraMemberAddDropsTheNullReference() {
    PatchResult r = lenient(GROUP, "[{'op':'Add','path':'members','value':[{'$ref':null,'value':'f648'}]}]");
    assertJson("{'value':'f648'}", r.resource().get("members").get(2));
  }

  @Test
  void entraWorkEmailUpdateCreatesTheWorkEmailFromTheFilter() {
    PatchResult r = lenient(PatchTesting.json(USER).without("emails").toString(),
        "[{'op':'replace','path':'emails[type eq \\\"work\\\"].value','value':'new@microsoft.com'}]");
    assertJson("[{'type':'work','value':'new@microsoft.com'}]", r.resource().get("emails"));
  }

  @Test
  void oktaGroupRenameKeepsTheIdAndRenames() {
    PatchResult r = strict(GROUP,
        "[{'op':'replace','value':{'id':'e9e30dba-f08f-4109-8486-d5c6a331660a','displayName':'Test SCIMv2'}}]");
    assertEquals("e9e30dba-f08f-4109-8486-d5c6a331660a", r.resource().get("id").textValue());
    assertEquals("Test SCIMv2", r.resource().get("displayName").textValue());
  }
}
