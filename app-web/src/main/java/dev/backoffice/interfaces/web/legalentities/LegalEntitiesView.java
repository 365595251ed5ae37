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
import java.util.List;
import java.util.Map;

/** The tenant's seller legal entities: everyone reads, the tenant admin adds and switches them on or off. */
@Named
@ViewScoped
public class LegalEntitiesView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.of(
          "shortName", "leForm:shortName",
          "fullName", "leForm:fullName",
          "inn", "leForm:inn",
          "kpp", "leForm:kpp",
          "ogrn", "leForm:ogrn",
          "legalAddress", "leForm:legalAddress");

  @Inject transient LegalEntityService service;

  @Inject transient ShellView shell;

  private List<LegalEntityView> list;
  private String shortName;
  private String fullName;
  private String inn;
  private String kpp;
  private String ogrn;
  private String legalAddress;

  public boolean isCanEdit() {
    return shell.hasRole(Roles.TENANT_ADMIN);
  }

  public List<LegalEntityView> getList() {
    if (list == null) {
      list = service.list();
    }
    return list;
  }

  public void add() {
    try {
      service.create(new LegalEntityDetails(shortName, fullName, inn, kpp, ogrn, legalAddress));
      FacesMessages.info("legalEntities.saved");
      shortName = fullName = inn = kpp = ogrn = legalAddress = null;
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

  public String getShortName() {
    return shortName;
  }

  public void setShortName(String v) {
    shortName = v;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String v) {
    fullName = v;
  }

  public String getInn() {
    return inn;
  }

  public void setInn(String v) {
    inn = v;
  }

  public String getKpp() {
    return kpp;
  }

  public void setKpp(String v) {
    kpp = v;
  }

  public String getOgrn() {
    return ogrn;
  }

  public void setOgrn(String v) {
    ogrn = v;
  }

  public String getLegalAddress() {
    return legalAddress;
  }

  public void setLegalAddress(String v) {
    legalAddress = v;
  }
}
