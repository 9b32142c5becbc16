/**
 * Reusable round-trip property tests for codecs: deterministic edge-value pages
 * ({@link org.orrery.codec.testkit.EdgePages}), a checker that runs an encoding or compressor over
 * all of them ({@link org.orrery.codec.testkit.CodecRoundTrip}), and abstract JUnit 5 classes a
 * codec bundle extends to get the whole suite
 * ({@link org.orrery.codec.testkit.EncodingContractTest},
 * {@link org.orrery.codec.testkit.CompressorContractTest}).
 */
@Version("1.0.0")
package org.orrery.codec.testkit;

import org.osgi.annotation.versioning.Version;
