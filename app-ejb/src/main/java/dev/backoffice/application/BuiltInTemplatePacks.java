package dev.backoffice.application;

import java.util.List;
import java.util.Optional;

/**
 * Port: the template packs installed with the server (its plugins folder). Each was checked like an uploaded pack;
 * one that fails is listed as failed with its reason and never used.
 */
public interface BuiltInTemplatePacks {

  List<Installed> list();

  Optional<Installed> find(String id, String version);

  /** An installed pack: its checked info (null when it failed), its archive, or why it failed. */
  record Installed(String file, DocumentRenderer.PackInfo info, byte[] archive, String failure) {
    public boolean usable() {
      return info != null && failure == null;
    }
  }
}
