package org.orrery.storage.file;

/** Sequence files never overlap in time per device; unsequence files hold delayed data. */
public enum FileKind {
  SEQUENCE("sequence"),
  UNSEQUENCE("unsequence");

  private final String directory;

  FileKind(String directory) {
    this.directory = directory;
  }

  /** The directory name under {@code <data>/data/}. Persisted (it is part of every file path). */
  public String directory() {
    return directory;
  }
}
