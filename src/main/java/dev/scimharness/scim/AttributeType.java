package dev.scimharness.scim;

/** The data types of RFC 7643 §2.3, with their wire names. */
public enum AttributeType {
  STRING("string"),
  BOOLEAN("boolean"),
  DECIMAL("decimal"),
  INTEGER("integer"),
  DATE_TIME("dateTime"),
  BINARY("binary"),
  REFERENCE("reference"),
  COMPLEX("complex");

  private final String wire;

  AttributeType(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  /** Values of these types order as text; {@code gt}/{@code lt} on boolean or binary are {@code invalidFilter}. */
  public boolean isOrderable() {
    return this != BOOLEAN && this != BINARY && this != COMPLEX;
  }

  public static AttributeType fromWire(String wire) {
    for (AttributeType t : values()) {
      if (t.wire.equalsIgnoreCase(wire)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown attribute type: " + wire);
  }
}
