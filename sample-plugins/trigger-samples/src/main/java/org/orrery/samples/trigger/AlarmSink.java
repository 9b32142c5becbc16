package org.orrery.samples.trigger;

/**
 * Where {@link ThresholdAlarmTrigger} sends its alarms. The plugin logs them; a real deployment
 * could post them to an alert manager instead.
 */
@FunctionalInterface
interface AlarmSink {
  void raise(Alarm alarm);
}
