package dev.scimharness.scim;

import java.util.List;

/**
 * The attributes RFC 7643 §3.1 gives every resource, which no schema lists: {@code id}, {@code externalId},
 * {@code meta} and {@code schemas}.
 */
public final class CommonAttributes {
  private CommonAttributes() {}

  public static final AttributeDefinition ID = new AttributeDefinition("id", AttributeType.STRING, false,
      "A unique identifier for a SCIM resource as defined by the service provider.", false, true,
      Mutability.READ_ONLY, Returned.ALWAYS, Uniqueness.SERVER, null, null, null);

  public static final AttributeDefinition EXTERNAL_ID = new AttributeDefinition("externalId", AttributeType.STRING,
      false, "A String that is an identifier for the resource as defined by the provisioning client.", false, true,
      Mutability.READ_WRITE, Returned.DEFAULT, Uniqueness.NONE, null, null, null);

  public static final AttributeDefinition SCHEMAS = new AttributeDefinition("schemas", AttributeType.REFERENCE, true,
      "The schema URIs that define the attributes present in the resource.", true, true,
      Mutability.READ_WRITE, Returned.ALWAYS, Uniqueness.NONE, null, List.of("uri"), null);

  public static final AttributeDefinition META = new AttributeDefinition("meta", AttributeType.COMPLEX, false,
      "A complex attribute containing resource metadata.", false, false, Mutability.READ_ONLY, Returned.DEFAULT,
      Uniqueness.NONE, null, null, List.of(
          readOnly("resourceType", AttributeType.STRING, false),
          readOnly("created", AttributeType.DATE_TIME, false),
          readOnly("lastModified", AttributeType.DATE_TIME, false),
          readOnly("location", AttributeType.REFERENCE, true),
          readOnly("version", AttributeType.STRING, true)));

  public static final List<AttributeDefinition> ALL = List.of(SCHEMAS, ID, EXTERNAL_ID, META);

  private static AttributeDefinition readOnly(String name, AttributeType type, boolean caseExact) {
    return new AttributeDefinition(name, type, false, "", false, caseExact, Mutability.READ_ONLY, Returned.DEFAULT,
        Uniqueness.NONE, null, null, null);
  }
}
