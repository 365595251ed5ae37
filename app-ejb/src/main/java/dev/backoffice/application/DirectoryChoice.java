package dev.backoffice.application;

/** When submitted details differ from the directory's, the operator chooses which ones hold. */
public enum DirectoryChoice {
  /** The directory entry is updated with the submitted details. */
  USE_SUBMITTED,
  /** The directory entry stays; the deal uses the directory's details. */
  KEEP_DIRECTORY
}
