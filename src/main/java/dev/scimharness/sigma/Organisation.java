package dev.scimharness.sigma;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A Sigma organisation: its members, teams, account types, authentication method and provisioning. Three faces
 * act on it: the {@link AdminPortal} (people in Sigma), the {@link MembersApi} (the {@code /v2} REST API) and the
 * {@link ScimDirectory} (an IdP through SCIM).
 *
 * <p>Changes from the IdP reach the organisation after an optional delay ("Provisioning users and groups can take
 * a few moments"): they are queued and applied, in order, once the clock has passed their due time. Every read
 * first applies what is due, so no background thread is needed and a test moves time with its clock.
 */
public final class Organisation {
  private record Pending(Instant due, Runnable change) {}

  private final Clock clock;
  private final Supplier<String> directoryBaseUrl;
  private final AccountTypes accountTypes = new AccountTypes();
  private final Map<String, Member> members = new LinkedHashMap<>();
  private final Map<String, Team> teams = new LinkedHashMap<>();
  private final SigmaFaultHooks faults;
  private final Provisioning provisioning;
  private final Deque<Pending> pending = new ArrayDeque<>();
  private AuthenticationMethod authenticationMethod = AuthenticationMethod.PASSWORD;
  private Duration provisioningDelay = Duration.ZERO;
  private Consumer<String> tokenListener = t -> {};

  private final AdminPortal portal = new AdminPortal(this);
  private final MembersApi api = new MembersApi(this);
  private final ScimDirectory directory = new ScimDirectory(this);
  private final SamlSignIns samlSignIns = new SamlSignIns(this);

  /** @param directoryBaseUrl the SCIM base URL shown with the bearer token when provisioning is enabled */
  public Organisation(Clock clock, String directoryBaseUrl) {
    this(clock, () -> directoryBaseUrl, AuthenticationMethod.PASSWORD);
  }

  /**
   * An organisation that signs people in with {@code method} (set up before anyone could be its Admin); the
   * Directory base URL is asked for when provisioning is enabled (a server knows it only once started).
   */
  public Organisation(Clock clock, Supplier<String> directoryBaseUrl, AuthenticationMethod method) {
    this(clock, directoryBaseUrl, method, SigmaFaultHooks.NONE);
  }

  /** As above, breaking the guide where {@code faults} says ({@link SigmaFault}). */
  public Organisation(Clock clock, Supplier<String> directoryBaseUrl, AuthenticationMethod method,
      SigmaFaultHooks faults) {
    this.faults = faults;
    this.provisioning = new Provisioning(faults);
    this.clock = clock;
    this.directoryBaseUrl = directoryBaseUrl;
    this.authenticationMethod = method;
  }

  /** Tells {@code listener} every bearer token issued from now on (a server must learn to accept it). */
  public synchronized void onTokenIssued(Consumer<String> listener) {
    tokenListener = listener;
  }

  public AdminPortal portal() {
    return portal;
  }

  public MembersApi api() {
    return api;
  }

  public ScimDirectory directory() {
    return directory;
  }

  public AccountTypes accountTypes() {
    return accountTypes;
  }

  public Clock clock() {
    return clock;
  }

  public synchronized AuthenticationMethod authenticationMethod() {
    return authenticationMethod;
  }

  public synchronized ProvisioningStatus provisioning() {
    settle();
    return provisioning.status();
  }

  /** How long a change from the IdP takes to show in Sigma; zero (the default) shows it at once. */
  public synchronized void provisioningDelay(Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("a delay cannot be negative");
    }
    provisioningDelay = d;
  }

  public synchronized Duration provisioningDelay() {
    return provisioningDelay;
  }

  /** Changes from the IdP accepted but not yet visible in Sigma. */
  public synchronized int pendingChanges() {
    settle();
    return pending.size();
  }

  public synchronized Optional<Member> member(String id) {
    settle();
    return Optional.ofNullable(members.get(id));
  }

  public synchronized List<Member> members() {
    settle();
    return List.copyOf(members.values());
  }

  /** The member with this email (case-insensitive), preferring one the IdP does not manage. */
  public synchronized Optional<Member> memberByEmail(String email) {
    settle();
    return members.values().stream().filter(m -> m.emailMatches(email))
        .min((a, b) -> Boolean.compare(a.managedByIdp(), b.managedByIdp()));
  }

  public synchronized Optional<Team> team(String id) {
    settle();
    return Optional.ofNullable(teams.get(id));
  }

  public synchronized List<Team> teams() {
    settle();
    return List.copyOf(teams.values());
  }

  public synchronized Optional<Team> teamByName(String name) {
    settle();
    return teams.values().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
  }

  /** A sign-in through SAML with what the IdP asserts about the person ({@link SamlSignIns}). */
  public SignIn signInWithSaml(IdpUser asserted) {
    return samlSignIns.signIn(asserted);
  }

  /** Whether the person with this email can sign in to Sigma now. */
  public synchronized SignIn signIn(String email) {
    settle();
    Optional<Member> m = members.values().stream().filter(x -> x.emailMatches(email)).findFirst();
    if (m.isEmpty()) {
      return SignIn.refused("There is no account for " + email + " in this organisation.");
    }
    Member x = m.get();
    if (x.guest() && x.state() != MemberState.ACTIVE) {
      return SignIn.refused("Guest accounts were disabled when SCIM provisioning was enabled: guest user accounts are"
          + " not supported when using SCIM.");
    }
    return switch (x.state()) {
      case ACTIVE -> SignIn.ok();
      case INACTIVE -> SignIn.refused("The account of " + email + " is deactivated.");
      case ARCHIVED -> SignIn.refused("The account of " + email + " is archived.");
    };
  }

  // --- used by the three faces, always under this object's lock ---

  /** Runs an action of one of the faces atomically, after applying the changes that are due. */
  synchronized <T> T act(Supplier<T> action) {
    settle();
    return action.get();
  }

  synchronized void act(Runnable action) {
    settle();
    action.run();
  }

  String newId() {
    return UUID.randomUUID().toString();
  }

  void tokenIssued(String token) {
    tokenListener.accept(token);
  }

  String directoryBaseUrl() {
    return directoryBaseUrl.get();
  }

  SigmaFaultHooks faults() {
    return faults;
  }

  Provisioning provisioningState() {
    return provisioning;
  }

  void authenticationMethod(AuthenticationMethod m) {
    authenticationMethod = m;
  }

  /** The member with this id; a 404 refusal when there is none. */
  Member existingMember(String id) {
    Member m = memberOrNull(id);
    if (m == null) {
      throw Refusal.notFound("There is no member " + id + ".");
    }
    return m;
  }

  /** The team with this id; a 404 refusal when there is none. */
  Team existingTeam(String id) {
    Team t = teamOrNull(id);
    if (t == null) {
      throw Refusal.notFound("There is no team " + id + ".");
    }
    return t;
  }

  Member memberOrNull(String id) {
    return members.get(id);
  }

  Team teamOrNull(String id) {
    return teams.get(id);
  }

  List<Member> allMembers() {
    return new ArrayList<>(members.values());
  }

  List<Team> allTeams() {
    return new ArrayList<>(teams.values());
  }

  void put(Member m) {
    members.put(m.id(), m);
    provisioning.memberChanged(m);
  }

  void remove(String memberId) {
    if (members.remove(memberId) != null) {
      teams.replaceAll((id, t) -> t.without(memberId));
      provisioning.memberRemoved(memberId);
    }
  }

  void put(Team t) {
    teams.put(t.id(), t);
  }

  void removeTeam(String teamId) {
    teams.remove(teamId);
  }

  /** Queues a change from the IdP; it applies now when there is no delay. */
  void schedule(Runnable change) {
    pending.addLast(new Pending(clock.instant().plus(provisioningDelay), change));
    settle();
  }

  private void settle() {
    Instant now = clock.instant();
    while (!pending.isEmpty() && !pending.peekFirst().due().isAfter(now)) {
      pending.removeFirst().change().run();
    }
  }
}
