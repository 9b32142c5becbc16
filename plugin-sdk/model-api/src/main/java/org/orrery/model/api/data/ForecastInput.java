package org.orrery.model.api.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.orrery.model.api.exception.ModelInputException;

/**
 * What a forecast starts from: the history of one or more target series, plus optional
 * covariates.
 *
 * <ul>
 *   <li><b>Targets</b>: the series to forecast, all of the same length, the <em>input length</em>.
 *   <li><b>Past covariates</b>: other series observed over the same time steps as the targets,
 *       each exactly as long as the targets.
 *   <li><b>Future covariates</b>: series known ahead of time over the forecast horizon (a
 *       schedule, a weather forecast), all of the same length; a pipeline checks that this length
 *       equals the requested output length before forecasting.
 *   <li><b>Timestamps</b> (optional): the time of each input step, strictly increasing.
 * </ul>
 *
 * <p>Construction checks these shapes and throws {@link ModelInputException} naming the series
 * that does not fit.
 */
public final class ForecastInput {
  private final List<Series> targets;
  private final Map<String, Series> pastCovariates;
  private final Map<String, Series> futureCovariates;
  private final long[] timestamps;

  private ForecastInput(Builder builder) {
    if (builder.targets.isEmpty()) {
      throw new ModelInputException("a forecast needs at least one target series");
    }
    int inputLength = builder.targets.get(0).length();
    if (inputLength == 0) {
      throw new ModelInputException(
          "target '" + builder.targets.get(0).name() + "' has no values");
    }
    Set<String> names = new HashSet<>();
    for (Series target : builder.targets) {
      if (!names.add(target.name())) {
        throw new ModelInputException("target '" + target.name() + "' is given twice");
      }
      if (target.length() != inputLength) {
        throw new ModelInputException(
            "target '" + target.name() + "' has " + target.length() + " values but target '"
                + builder.targets.get(0).name() + "' has " + inputLength);
      }
    }
    for (Series covariate : builder.pastCovariates.values()) {
      if (covariate.length() != inputLength) {
        throw new ModelInputException(
            "past covariate '" + covariate.name() + "' has " + covariate.length()
                + " values but the targets have " + inputLength);
      }
    }
    int futureLength = -1;
    for (Series covariate : builder.futureCovariates.values()) {
      if (futureLength >= 0 && covariate.length() != futureLength) {
        throw new ModelInputException(
            "future covariate '" + covariate.name() + "' has " + covariate.length()
                + " values but the other future covariates have " + futureLength);
      }
      futureLength = covariate.length();
    }
    if (builder.timestamps != null) {
      checkTimestamps(builder.timestamps, inputLength);
    }
    this.targets = List.copyOf(builder.targets);
    this.pastCovariates = Collections.unmodifiableMap(new LinkedHashMap<>(builder.pastCovariates));
    this.futureCovariates =
        Collections.unmodifiableMap(new LinkedHashMap<>(builder.futureCovariates));
    this.timestamps = builder.timestamps == null ? null : builder.timestamps.clone();
  }

  private static void checkTimestamps(long[] timestamps, int inputLength) {
    if (timestamps.length != inputLength) {
      throw new ModelInputException(
          "there are " + timestamps.length + " timestamps but the targets have " + inputLength
              + " values");
    }
    for (int i = 1; i < timestamps.length; i++) {
      if (timestamps[i] <= timestamps[i - 1]) {
        throw new ModelInputException(
            "timestamps must strictly increase, but step " + i + " has " + timestamps[i]
                + " after " + timestamps[i - 1]);
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The target series, in order; unmodifiable. */
  public List<Series> targets() {
    return targets;
  }

  /** Number of target series. */
  public int targetCount() {
    return targets.size();
  }

  /** The number of time steps of every target. */
  public int inputLength() {
    return targets.get(0).length();
  }

  /** Past covariates by name, in the order added; unmodifiable, possibly empty. */
  public Map<String, Series> pastCovariates() {
    return pastCovariates;
  }

  /** Future covariates by name, in the order added; unmodifiable, possibly empty. */
  public Map<String, Series> futureCovariates() {
    return futureCovariates;
  }

  /** A copy of the time of each input step, if the caller gave them. */
  public Optional<long[]> timestamps() {
    return Optional.ofNullable(timestamps).map(long[]::clone);
  }

  @Override
  public String toString() {
    return "ForecastInput(targets=" + targets.stream().map(Series::name).toList()
        + ", inputLength=" + inputLength() + ", past=" + pastCovariates.keySet()
        + ", future=" + futureCovariates.keySet() + ")";
  }

  /** Collects the parts of a {@link ForecastInput}; {@link #build()} checks their shapes. */
  public static final class Builder {
    private final List<Series> targets = new ArrayList<>();
    private final Map<String, Series> pastCovariates = new LinkedHashMap<>();
    private final Map<String, Series> futureCovariates = new LinkedHashMap<>();
    private long[] timestamps;

    private Builder() {}

    public Builder target(Series target) {
      targets.add(Objects.requireNonNull(target, "target"));
      return this;
    }

    /** Adds a past covariate, replacing one of the same name. */
    public Builder pastCovariate(Series covariate) {
      pastCovariates.put(covariate.name(), covariate);
      return this;
    }

    /** Adds a future covariate, replacing one of the same name. */
    public Builder futureCovariate(Series covariate) {
      futureCovariates.put(covariate.name(), covariate);
      return this;
    }

    public Builder timestamps(long[] timestamps) {
      this.timestamps = Objects.requireNonNull(timestamps, "timestamps").clone();
      return this;
    }

    /**
     * @throws ModelInputException naming the series whose shape does not fit
     */
    public ForecastInput build() {
      return new ForecastInput(this);
    }
  }
}
