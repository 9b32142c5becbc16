/**
 * Library functions behind the {@code orrery-tsfile} command: {@link
 * org.orrery.tsfile.tool.CanonicalDump} prints a file's logical content in the canonical dump
 * format 1 of the TsFile compatibility oracle (so two implementations' views of a file can be
 * diffed line by line), and {@link org.orrery.tsfile.tool.TsFileRewrite} copies a file's data
 * into a new file, optionally with other encodings, compression or page size.
 */
@Version("1.0.0")
package org.orrery.tsfile.tool;

import org.osgi.annotation.versioning.Version;
