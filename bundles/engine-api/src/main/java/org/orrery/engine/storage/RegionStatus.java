package org.orrery.engine.storage;

import org.orrery.common.path.PartialPath;

/**
 * What one data region is doing, for metrics and the console.
 *
 * @param database its database
 * @param regionId its id within the node
 * @param separatingDelayedData whether delayed points currently go to the delayed memtable
 *     (true) or everything goes to one memtable because separation does not pay off (false)
 * @param memtableBytes bytes held by its memtables
 * @param sequenceFiles number of sequence TsFiles
 * @param unsequenceFiles number of unsequence TsFiles
 * @param modsFiles number of tombstone files
 */
public record RegionStatus(
    PartialPath database,
    int regionId,
    boolean separatingDelayedData,
    long memtableBytes,
    int sequenceFiles,
    int unsequenceFiles,
    int modsFiles) {}
