package org.orrery.samples.trigger;

/**
 * One value that crossed an alarm threshold.
 *
 * @param path the series, e.g. {@code root.sg.d1.temperature}
 * @param time the point's time
 * @param value the point's value
 * @param threshold the threshold it exceeded
 */
public record Alarm(String path, long time, double value, double threshold) {}
