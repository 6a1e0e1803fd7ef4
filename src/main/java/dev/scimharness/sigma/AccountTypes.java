package dev.scimharness.sigma;

import dev.scimharness.scim.ScimException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The account types an organisation has defined: the defaults plus its custom ones. An IdP names one in
 * {@code userType}; Sigma's Okta page (https://help.sigmacomputing.com/hc/en-us/articles/1500001556701): "Custom
 * account types must match a Sigma account-type name exactly" — so the match is case-sensitive for every type,
 * default or custom.
 */
public final class AccountTypes {
  public static final List<AccountType> DEFAULTS =
      List.of(AccountType.ADMIN, AccountType.CREATOR, AccountType.VIEWER, AccountType.LITE);

  private final Set<AccountType> defined = new LinkedHashSet<>(DEFAULTS);

  /** Adds a custom account type; defining an existing one again changes nothing. */
  public synchronized AccountType define(String name) {
    AccountType t = new AccountType(name.strip());
    defined.add(t);
    return t;
  }

  public synchronized List<AccountType> all() {
    return List.copyOf(defined);
  }

  public synchronized boolean isDefined(AccountType type) {
    return defined.contains(type);
  }

  /**
   * The account type a SCIM {@code userType} names: Lite when the IdP sends none, otherwise exactly a defined
   * type, else {@code 400 invalidValue} whose detail lists the defined types.
   */
  public synchronized AccountType fromUserType(String userType) {
    if (userType == null) {
      return AccountType.LITE;
    }
    AccountType t = userType.isBlank() ? null : new AccountType(userType);
    if (t != null && defined.contains(t)) {
      return t;
    }
    String guest = userType.strip().equalsIgnoreCase("guest")
        ? " Guest user accounts are not supported when using SCIM." : "";
    throw ScimException.invalidValue("userType '" + userType + "' is not an account type of this organisation;"
        + " it must match one of " + names() + " exactly (case-sensitive)." + guest);
  }

  /** The defined names, quoted, for messages. */
  public synchronized String names() {
    return defined.stream().map(t -> "'" + t.name() + "'").collect(Collectors.joining(", "));
  }
}
