package dev.scimharness.patch;

import static dev.scimharness.patch.PatchTesting.GROUP;
import static dev.scimharness.patch.PatchTesting.USER;
import static dev.scimharness.patch.PatchTesting.json;
import static dev.scimharness.patch.PatchTesting.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scimharness.scim.Leniency;
import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ScimType;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Requests RFC 7644 §3.5.2 rejects, each with the scimType of Table 9 (§3.12) it must get in STRICT mode. */
class PatchErrorsTest {

  static Stream<Arguments> invalidRequests() {
    return Stream.of(
        // message structure: invalidSyntax
        arguments("unknown op", USER, "[{'op':'move','path':'userName','value':'x'}]", ScimType.invalidSyntax),
        arguments("op in capitals (STRICT)", USER, "[{'op':'Replace','path':'userName','value':'x'}]",
            ScimType.invalidSyntax),
        arguments("op missing", USER, "[{'path':'userName','value':'x'}]", ScimType.invalidSyntax),
        arguments("op not a string", USER, "[{'op':1,'path':'userName','value':'x'}]", ScimType.invalidSyntax),
        arguments("Operations empty", USER, "[]", ScimType.invalidSyntax),
        arguments("operation not an object", USER, "['add']", ScimType.invalidSyntax),
        // value missing or not usable: invalidValue
        arguments("add without value", USER, "[{'op':'add','path':'nickName'}]", ScimType.invalidValue),
        arguments("replace with null value", USER, "[{'op':'replace','path':'nickName','value':null}]",
            ScimType.invalidValue),
        arguments("remove with value (STRICT)", GROUP,
            "[{'op':'remove','path':'members','value':[{'value':'902c246b-6245-4190-8e05-00816be7344a'}]}]",
            ScimType.invalidValue),
        arguments("string for a boolean (STRICT)", USER, "[{'op':'replace','path':'active','value':'False'}]",
            ScimType.invalidValue),
        arguments("number for a string", USER, "[{'op':'replace','path':'displayName','value':5}]",
            ScimType.invalidValue),
        arguments("object for a multi-valued attribute (STRICT)", USER,
            "[{'op':'add','path':'emails','value':{'value':'a@b.c'}}]", ScimType.invalidValue),
        arguments("path-less value that is not an object", USER, "[{'op':'replace','value':'x'}]",
            ScimType.invalidValue),
        arguments("dotted key in a path-less value (STRICT)", USER,
            "[{'op':'replace','value':{'name.givenName':'Kkom'}}]", ScimType.invalidValue),
        arguments("unknown attribute in a path-less value (STRICT)", USER,
            "[{'op':'replace','value':{'shoeSize':44}}]", ScimType.invalidValue),
        arguments("unknown sub-attribute in a value (STRICT)", USER,
            "[{'op':'replace','path':'name','value':{'nickname':'x'}}]", ScimType.invalidValue),
        arguments("two primary emails in one value", USER, """
            [{'op':'add','path':'emails','value':[{'value':'a@x.org','primary':true},
                                                  {'value':'b@x.org','primary':true}]}]""",
            ScimType.invalidValue),
        arguments("filter making two values primary", USER,
            "[{'op':'replace','path':'emails[value pr].primary','value':true}]", ScimType.invalidValue),
        // path: invalidPath
        arguments("unknown attribute in path", USER, "[{'op':'replace','path':'shoeSize','value':44}]",
            ScimType.invalidPath),
        arguments("unknown sub-attribute in path", USER, "[{'op':'replace','path':'name.nickname','value':'x'}]",
            ScimType.invalidPath),
        arguments("unknown schema URN in path", USER,
            "[{'op':'replace','path':'urn:example:params:scim:schemas:x:User:foo','value':'x'}]",
            ScimType.invalidPath),
        arguments("extension attribute without its URN", USER,
            "[{'op':'replace','path':'employeeNumber','value':'1'}]", ScimType.invalidPath),
        arguments("malformed path", USER, "[{'op':'replace','path':'emails[type eq','value':'x'}]",
            ScimType.invalidPath),
        arguments("malformed filter inside a path", USER, "[{'op':'remove','path':'emails[type eq work]'}]",
            ScimType.invalidPath),
        arguments("value filter on a single-valued attribute", USER,
            "[{'op':'remove','path':'name[givenName eq \\\"Barbara\\\"]'}]", ScimType.invalidPath),
        arguments("value filter naming an unknown sub-attribute", USER,
            "[{'op':'remove','path':'emails[kind eq \\\"work\\\"]'}]", ScimType.invalidPath),
        arguments("§3.5.2 Figure 8 'members[…].displayName' against the RFC 7643 Group schema (it has 'display')",
            GROUP, "[{'op':'remove','path':'members[value eq \\\"2819c223-7f76-453a-919d-413861904646\\\"]"
                + ".displayName'}]", ScimType.invalidPath),
        arguments("sub-attribute of a simple attribute", USER,
            "[{'op':'replace','path':'userName.first','value':'x'}]", ScimType.invalidPath),
        arguments("path not a string", USER, "[{'op':'replace','path':5,'value':'x'}]", ScimType.invalidPath),
        // nothing to operate on: noTarget
        arguments("remove without path", USER, "[{'op':'remove'}]", ScimType.noTarget),
        arguments("remove with a filter matching nothing (STRICT)", GROUP,
            "[{'op':'remove','path':'members[value eq \\\"nobody\\\"]'}]", ScimType.noTarget),
        arguments("replace with a filter matching nothing", USER,
            "[{'op':'replace','path':'emails[type eq \\\"other\\\"].value','value':'x@y.z'}]", ScimType.noTarget),
        arguments("add with a filter matching nothing (STRICT)", USER,
            "[{'op':'add','path':'emails[type eq \\\"other\\\"].value','value':'x@y.z'}]", ScimType.noTarget),
        arguments("sub-attribute of every value when there is none", json(GROUP).without("members").toString(),
            "[{'op':'replace','path':'members.display','value':'x'}]", ScimType.noTarget),
        // mutability
        arguments("replace id", USER, "[{'op':'replace','path':'id','value':'other'}]", ScimType.mutability),
        arguments("replace id with the same id through its path", USER,
            "[{'op':'replace','path':'id','value':'2819c223-7f76-453a-919d-413861904646'}]", ScimType.mutability),
        arguments("remove id", USER, "[{'op':'remove','path':'id'}]", ScimType.mutability),
        arguments("replace meta.created", USER,
            "[{'op':'replace','path':'meta.created','value':'2020-01-01T00:00:00Z'}]", ScimType.mutability),
        arguments("add to groups", USER, "[{'op':'add','path':'groups','value':[{'value':'g2'}]}]",
            ScimType.mutability),
        arguments("remove groups", USER, "[{'op':'remove','path':'groups'}]", ScimType.mutability),
        arguments("path-less replace with another id", GROUP,
            "[{'op':'replace','value':{'id':'another','displayName':'x'}}]", ScimType.mutability),
        arguments("remove the required userName", USER, "[{'op':'remove','path':'userName'}]",
            ScimType.mutability),
        arguments("remove the required displayName of a group", GROUP, "[{'op':'remove','path':'displayName'}]",
            ScimType.mutability),
        arguments("replace the required userName with an empty list of nothing", USER,
            "[{'op':'replace','value':{'userName':null}}]", ScimType.mutability),
        arguments("change an immutable member sub-attribute", GROUP,
            "[{'op':'replace','path':'members[value eq \\\"902c246b-6245-4190-8e05-00816be7344a\\\"].display',"
                + "'value':'Mandy P.'}]", ScimType.mutability),
        arguments("remove an immutable member sub-attribute", GROUP,
            "[{'op':'remove','path':'members[value eq \\\"902c246b-6245-4190-8e05-00816be7344a\\\"].display'}]",
            ScimType.mutability),
        arguments("replace the readOnly manager.displayName", USER,
            "[{'op':'replace','path':'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager"
                + ".displayName','value':'x'}]", ScimType.mutability),
        // the valid first operation must not survive the failing second one (checked by the test body)
        arguments("valid operation then an invalid one", USER,
            "[{'op':'replace','path':'nickName','value':'Babs'},{'op':'remove','path':'id'}]",
            ScimType.mutability));
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @MethodSource("invalidRequests")
  void invalidRequestIsRejectedWithItsScimTypeAndLeavesTheResourceAlone(String name, String resource,
      String operations, ScimType expected) {
    var before = json(resource);
    var copy = before.deepCopy();
    rejected(resource, operations, Leniency.STRICT, expected);
    assertEquals(copy, before);
  }

  @Test
  void missingPatchOpSchemaIsInvalidSyntaxWhenStrict() {
    var message = json("{'Operations':[{'op':'replace','path':'nickName','value':'x'}]}");
    var e = assertThrows(ScimException.class,
        () -> PatchParser.parse(message, Leniency.STRICT, new ArrayList<>()));
    assertEquals(ScimType.invalidSyntax, e.scimType());
  }

  @Test
  void missingOperationsIsInvalidSyntax() {
    var message = json("{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp']}");
    var e = assertThrows(ScimException.class,
        () -> PatchParser.parse(message, Leniency.LENIENT, new ArrayList<>()));
    assertEquals(ScimType.invalidSyntax, e.scimType());
  }
}
