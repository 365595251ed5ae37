package dev.backoffice.interfaces.web.legalentities;

import dev.backoffice.application.LegalEntityService;
import dev.backoffice.application.LegalEntityView;
import dev.backoffice.domain.model.legalentity.LegalEntityDetails;
import dev.backoffice.interfaces.web.FacesMessages;
import dev.backoffice.interfaces.web.shell.ShellView;
import dev.backoffice.tenancy.Roles;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tenant's seller legal entities: everyone reads; the tenant admin adds them, edits their requisites, bank account
 * and signatories (what documents print), and switches them on or off.
 */
@Named
@ViewScoped
public class LegalEntitiesView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final List<String> FIELD_NAMES =
      List.of(
          "shortName", "fullName", "inn", "kpp", "ogrn", "legalAddress", "postalAddress", "bankName", "bik",
          "correspondentAccount", "settlementAccount", "directorPosition", "directorName", "chiefAccountantName",
          "email", "phone");

  private static final Map<String, String> FIELDS = fields();

  @Inject transient LegalEntityService service;

  @Inject transient ShellView shell;

  private List<LegalEntityView> list;
  private UUID editing;
  private long editingVersion;
  private Map<String, String> form = new HashMap<>();
  private boolean vatPayer = true;

  private static Map<String, String> fields() {
    Map<String, String> m = new HashMap<>();
    FIELD_NAMES.forEach(f -> m.put(f, "leForm:" + f));
    return Map.copyOf(m);
  }

  public boolean isCanEdit() {
    return shell.hasRole(Roles.TENANT_ADMIN);
  }

  public List<LegalEntityView> getList() {
    if (list == null) {
      list = service.list();
    }
    return list;
  }

  /** The form's values by field name (bound as {@code #{legalEntitiesView.form['bik']}}). */
  public Map<String, String> getForm() {
    return form;
  }

  /** Pays VAT (the default); off for a seller on УСН, whose УПД and УКД then have status 2. */
  public boolean isVatPayer() {
    return vatPayer;
  }

  public void setVatPayer(boolean vatPayer) {
    this.vatPayer = vatPayer;
  }

  public boolean isEditingExisting() {
    return editing != null;
  }

  public void edit(LegalEntityView e) {
    editing = e.id();
    editingVersion = e.version();
    form = new HashMap<>();
    put("shortName", e.shortName());
    put("fullName", e.fullName());
    put("inn", e.inn());
    put("kpp", e.kpp());
    put("ogrn", e.ogrn());
    put("legalAddress", e.legalAddress());
    put("postalAddress", e.postalAddress());
    put("bankName", e.bankName());
    put("bik", e.bik());
    put("correspondentAccount", e.correspondentAccount());
    put("settlementAccount", e.settlementAccount());
    put("directorPosition", e.directorPosition());
    put("directorName", e.directorName());
    put("chiefAccountantName", e.chiefAccountantName());
    put("email", e.email());
    put("phone", e.phone());
    vatPayer = e.vatPayer();
  }

  private void put(String field, String value) {
    if (value != null) {
      form.put(field, value);
    }
  }

  public void newEntity() {
    editing = null;
    form = new HashMap<>();
    vatPayer = true;
  }

  public void save() {
    LegalEntityDetails details =
        new LegalEntityDetails(
            form.get("shortName"), form.get("fullName"), form.get("inn"), form.get("kpp"), form.get("ogrn"),
            form.get("legalAddress"), form.get("postalAddress"), form.get("bankName"), form.get("bik"),
            form.get("correspondentAccount"), form.get("settlementAccount"), form.get("directorPosition"),
            form.get("directorName"), form.get("chiefAccountantName"), form.get("email"), form.get("phone"),
            vatPayer);
    try {
      if (editing == null) {
        service.create(details);
      } else {
        service.update(editing, editingVersion, details);
      }
      FacesMessages.info("legalEntities.saved");
      newEntity();
      list = null;
    } catch (RuntimeException e) {
      FacesMessages.refusal(e, FIELDS);
    }
  }

  public void toggle(LegalEntityView e) {
    try {
      service.setActive(e.id(), !e.active());
      list = null;
    } catch (RuntimeException ex) {
      FacesMessages.refusal(ex, Map.of());
    }
  }

  public List<String> getFieldNames() {
    return FIELD_NAMES;
  }
}
