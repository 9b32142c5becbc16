package org.orrery.samples.trigger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes each alarm to the server log at WARN level. */
final class LoggingAlarmSink implements AlarmSink {
  private static final Logger LOG = LoggerFactory.getLogger(ThresholdAlarmTrigger.class);

  @Override
  public void raise(Alarm alarm) {
    LOG.warn("ALARM {} = {} at time {} exceeds {}",
        alarm.path(), alarm.value(), alarm.time(), alarm.threshold());
  }
}
