package dev.scimharness.record;

import dev.scimharness.endpoint.ConfigException;
import dev.scimharness.endpoint.HarnessConfig;
import dev.scimharness.endpoint.Setting;
import dev.scimharness.endpoint.Target;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The target of a run as {@code scim.record}, {@code scim.har} and {@code scim.replay} make it: the configured one,
 * the configured one recorded, or a recording replayed in its place.
 */
public final class RecordReplay {
  private RecordReplay() {}

  public static Target open(HarnessConfig config) {
    check(config);
    Optional<Path> replay = HarnessConfig.setting(Setting.REPLAY).map(Path::of);
    if (replay.isPresent()) {
      return ReplayTarget.start(replay.get());
    }
    Optional<Path> record = HarnessConfig.setting(Setting.RECORD).map(Path::of);
    Optional<Path> har = HarnessConfig.setting(Setting.HAR).map(Path::of);
    Target live = Target.open(config);
    return record.isPresent() || har.isPresent() ? new RecordingTarget(live, config, record, har) : live;
  }

  /** The combinations that cannot work, as a {@link ConfigException}, before anything starts. */
  public static void check(HarnessConfig config) {
    Optional<String> replay = HarnessConfig.setting(Setting.REPLAY);
    if (replay.isEmpty()) {
      return;
    }
    for (Setting s : new Setting[] {Setting.RECORD, Setting.HAR}) {
      if (HarnessConfig.setting(s).isPresent()) {
        throw new ConfigException(Setting.REPLAY.describe() + " replays a recording; it cannot be combined with "
            + s.describe() + ".");
      }
    }
    if (config.baseUrl().isPresent() || config.fault().isPresent()) {
      throw new ConfigException(Setting.REPLAY.describe() + " serves the recording as the target; it cannot be"
          + " combined with " + (config.baseUrl().isPresent() ? Setting.BASE_URL : Setting.FAULT).describe() + ".");
    }
    Recording.read(Path.of(replay.get()));
  }
}
