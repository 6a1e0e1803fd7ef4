package dev.scimharness.patch;

import static dev.scimharness.patch.PatchTesting.json;
import static dev.scimharness.patch.PatchTesting.message;
import static dev.scimharness.patch.PatchTesting.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.lint.LintFinding;
import dev.scimharness.scim.AttributePath;
import dev.scimharness.scim.Leniency;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatchParserTest {

  @Test
  void eachOperationBecomesItsRecordWithPathAndValue() {
    List<LintFinding> findings = new ArrayList<>();
    PatchRequest r = PatchParser.parse(message("""
        [{'op':'add','path':'emails','value':[{'value':'a@b.c'}]},
         {'op':'replace','value':{'active':false}},
         {'op':'remove','path':'members[value eq \\"x\\"]'}]"""), Leniency.STRICT, findings);
    assertInstanceOf(PatchOperation.Add.class, r.operations().get(0));
    assertEquals(PatchPath.of(AttributePath.of("emails")), r.operations().get(0).path());
    assertEquals(node("[{'value':'a@b.c'}]"), r.operations().get(0).value());
    assertInstanceOf(PatchOperation.Replace.class, r.operations().get(1));
    assertNull(r.operations().get(1).path());
    assertInstanceOf(PatchOperation.Remove.class, r.operations().get(2));
    assertNull(r.operations().get(2).value());
    assertTrue(findings.isEmpty());
  }

  @Test
  void messageMemberNamesAreMatchedIgnoringCase() {
    PatchRequest r = PatchParser.parse(json("""
        {'SCHEMAS':['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
         'operations':[{'OP':'replace','Path':'nickName','VALUE':'B'}]}"""), Leniency.STRICT, new ArrayList<>());
    assertEquals(1, r.operations().size());
    assertEquals("B", r.operations().get(0).value().textValue());
  }

  @Test
  void capitalisedOpIsReportedWithTheRfcSectionAndTheFragmentSent() {
    List<LintFinding> findings = new ArrayList<>();
    PatchParser.parse(message("[{'op':'Replace','path':'displayName','value':'x'}]"), Leniency.LENIENT, findings);
    assertEquals(List.of(new LintFinding("patch-op-case", "RFC 7644 §3.5.2",
        "\"op\" is \"Replace\"; RFC 7644 spells the operations in lower case (\"replace\").",
        "\"op\": \"Replace\"")), findings);
  }

  @Test
  void lenientRemoveWithValueKeepsTheValueForTheEngine() {
    List<LintFinding> findings = new ArrayList<>();
    PatchRequest r = PatchParser.parse(message("[{'op':'remove','path':'members','value':[{'value':'u1'}]}]"),
        Leniency.LENIENT, findings);
    assertEquals(node("[{'value':'u1'}]"), r.operations().get(0).value());
    assertEquals("remove-with-value", findings.get(0).rule());
    assertEquals("RFC 7644 §3.5.2.2", findings.get(0).section());
  }

  @Test
  void removeWithANullValueIsAPlainRemove() {
    List<LintFinding> findings = new ArrayList<>();
    PatchRequest r = PatchParser.parse(message("[{'op':'remove','path':'nickName','value':null}]"),
        Leniency.STRICT, findings);
    assertNull(r.operations().get(0).value());
    assertTrue(findings.isEmpty());
  }

  @Test
  void missingPatchOpSchemaIsAFindingWhenLenient() {
    List<LintFinding> findings = new ArrayList<>();
    PatchParser.parse(json("{'Operations':[{'op':'remove','path':'nickName'}]}"), Leniency.LENIENT, findings);
    assertEquals("patch-missing-schema", findings.get(0).rule());
  }
}
