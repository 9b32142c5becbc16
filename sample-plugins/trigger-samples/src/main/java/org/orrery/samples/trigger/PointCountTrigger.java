package org.orrery.samples.trigger;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.orrery.trigger.api.Trigger;
import org.orrery.trigger.api.TriggerAttributes;
import org.orrery.trigger.api.TriggerName;
import org.orrery.trigger.api.data.Tablet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stateful trigger that counts the non-null points written to each matching series, and keeps
 * the counts across restarts in a checkpoint file:
 *
 * <pre>
 * CREATE STATEFUL TRIGGER counter AFTER INSERT ON root.sg.**
 * AS 'point_count' WITH ("checkpoint" = "/var/lib/orrery/point_count.properties")
 * </pre>
 *
 * <p>After every {@code fire} the counts are saved to the {@code checkpoint} file (see
 * {@link PointCountCheckpoint} for its format), which therefore always shows the current counts:
 * after writing 3 points to {@code root.sg.d1.s1} it holds {@code points.root.sg.d1.s1=3}. On a
 * restart {@link #restore()} reloads the file and counting resumes; {@code DROP TRIGGER} deletes
 * it. A failed save fails the fire; the counts in memory stay correct and the next save catches
 * up.
 */
@Component(
    service = Trigger.class,
    scope = ServiceScope.PROTOTYPE,
    property = TriggerName.SERVICE_PROPERTY + "=point_count")
public class PointCountTrigger implements Trigger {
  private static final Logger LOG = LoggerFactory.getLogger(PointCountTrigger.class);

  private final Map<String, Long> counts = new TreeMap<>();
  private PointCountCheckpoint checkpoint;

  @Override
  public void validate(TriggerAttributes attributes) {
    Path file = Path.of(attributes.getRequiredString("checkpoint"));
    if (file.getFileName() == null) {
      throw new IllegalArgumentException(
          "point_count: 'checkpoint' must name a file, got '" + file + "'");
    }
  }

  @Override
  public synchronized void onCreate(TriggerAttributes attributes) {
    checkpoint = new PointCountCheckpoint(Path.of(attributes.getRequiredString("checkpoint")));
  }

  @Override
  public synchronized void restore() throws Exception {
    counts.clear();
    counts.putAll(checkpoint.load());
    LOG.info("point_count restored {} series from {}", counts.size(), checkpoint.file());
  }

  @Override
  public synchronized boolean fire(Tablet tablet) throws Exception {
    for (int column = 0; column < tablet.getColumnCount(); column++) {
      long points = 0;
      for (int row = 0; row < tablet.getRowCount(); row++) {
        if (!tablet.isNull(column, row)) {
          points++;
        }
      }
      if (points > 0) {
        counts.merge(tablet.getPath(column), points, Long::sum);
      }
    }
    checkpoint.save(counts);
    return true;
  }

  @Override
  public synchronized void onDrop() throws Exception {
    checkpoint.delete();
    counts.clear();
  }

  /** The points counted so far, by series path. */
  public synchronized Map<String, Long> counts() {
    return Collections.unmodifiableMap(new TreeMap<>(counts));
  }
}
