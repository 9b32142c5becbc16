package org.orrery.storage.file;

/**
 * The name of a TsFile of a region: {@code <version>-<innerLevel>-<crossCount>.tsfile}. The
 * version orders files by the age of their data (newer wins on equal timestamps); inner level and
 * cross count say how many compactions produced the file. Persisted in every file name.
 */
public record TsFileName(long version, int innerLevel, int crossCount) {
  public static final String SUFFIX = ".tsfile";

  public String fileName() {
    return version + "-" + innerLevel + "-" + crossCount + SUFFIX;
  }

  /** The name parsed from {@code fileName}, or null when it is not a TsFile name of ours. */
  public static TsFileName parse(String fileName) {
    if (!fileName.endsWith(SUFFIX)) {
      return null;
    }
    String[] parts = fileName.substring(0, fileName.length() - SUFFIX.length()).split("-");
    if (parts.length != 3) {
      return null;
    }
    try {
      return new TsFileName(
          Long.parseLong(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
