package dev.scimharness.sigma;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * Seeded faults of the sigma profile ({@code -Dscim.sigmaFault=NAME}): each is a way a provider could break a
 * sentence of the guide, overriding one {@link SigmaFaultHooks} hook. The sigma fault self-test runs the feature
 * files where a fault shows ({@link #features()}) and requires a scenario that passes clean to fail with it.
 */
public enum SigmaFault implements SigmaFaultHooks {
  TOKEN_SHOWN_AGAIN(GuideSource.URL,
      "Copy and store these values in a secure location.", "enable-provisioning") {
    @Override
    public String bearerTokenShownAgain(String bearerToken) {
      return bearerToken;
    }
  },
  SECOND_ENABLE_ACCEPTED(GuideSource.URL,
      "Use the same SCIM secret for all IdPs that you plan to provision users and teams from.",
      "multiple-idps") {
    @Override
    public boolean oneSecretAtATime() {
      return false;
    }
  },
  TOKEN_REVIVES_WITH_ADMIN(GuideSource.URL,
      "Setting up provisioning again generates a new bearer token associated with the new"
      + " Admin user.", "admin-bound-token") {
    @Override
    public String whenAdminReturns(String brokenReason) {
      return null;
    }
  },
  NEW_USER_NEVER_SHOWS(GuideSource.URL,
      "Provisioning users and groups can take a few moments. … If the user was assigned before"
      + " provisioning was configured, you might need to remove and reassign users.", "provisioning-delay") {
    @Override
    public boolean showsNewUser() {
      return false;
    }
  },
  API_REFUSES_WHILE_OFF(GuideSource.URL,
      "If account type and team provisioning is turned off, changes in your IdP no longer sync to"
      + " Sigma.", "provisioning-off", "saml-alone") {
    @Override
    public void beforeApiRead(boolean provisioningOn) {
      if (!provisioningOn) {
        throw Refusal.forbidden("Account type and team provisioning is turned off.");
      }
    }
  },
  CASE_CHANGE_IS_NEW_USERNAME(GuideSource.URL,
      "Changing a user's username creates a new account for that user in Sigma and does not"
      + " update the username of an existing user.", "username-change") {
    @Override
    public boolean sameUserName(String current, String requested) {
      return current.equals(requested);
    }
  },
  SAML_SIGN_IN_DROPS_UPDATES(GuideSource.URL,
      "A user must sign in to Sigma for updates to persist in Sigma.", "saml-alone") {
    @Override
    public boolean samlSignInPersists() {
      return false;
    }
  },
  EMPTY_LIST_WITHOUT_TOTAL(GuideSource.URL,
      "Importing groups to an IdP from Sigma teams is not currently supported.",
      "existing-users-and-teams") {
    @Override
    public ObjectNode scimList(ObjectNode listResponse) {
      if (listResponse.path("totalResults").asInt(-1) == 0) {
        listResponse.remove("totalResults");
      }
      return listResponse;
    }

    @Override
    public boolean rewritesScimLists() {
      return true;
    }
  };

  /** The system property naming the fault of the profile's organisations. */
  public static final String PROPERTY = "scim.sigmaFault";

  private final String source;
  private final String guide;
  private final List<String> features;

  SigmaFault(String source, String guide, String... featureNames) {
    this.source = source;
    this.guide = guide;
    this.features = List.of(featureNames).stream().map(f -> "features/sigma/" + f + ".feature").toList();
  }

  /** Where the sentence the fault breaks is published: the URL of the guide's page. */
  public String source() {
    return source;
  }

  /** The sentence of the guide the fault breaks. */
  public String guide() {
    return guide;
  }

  /** The sigma feature files where the fault shows. */
  public List<String> features() {
    return features;
  }

  /** The hooks named by {@code -Dscim.sigmaFault}; none given means the clean organisation. */
  public static SigmaFaultHooks fromSystem() {
    return parse(System.getProperty(PROPERTY));
  }

  /** A name as written in {@code -Dscim.sigmaFault=…} (case and {@code -}/{@code _} ignored); blank means none. */
  public static SigmaFaultHooks parse(String name) {
    if (name == null || name.isBlank()) {
      return NONE;
    }
    String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (SigmaFault f : values()) {
      if (f.name().equals(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException("no sigma fault " + name + "; known: " + List.of(values()));
  }
}
