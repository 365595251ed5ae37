package dev.backoffice.domain.requisites;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The requisites gate of russian-rules.md §1.9 (without the БИК-directory and online ФНС checks,
 * which need infrastructure): normalises the input (§1, first paragraph) and runs every rule.
 *
 * <p>{@link #check(RequisitesInput)} validates what was given; {@link
 * #checkComplete(RequisitesInput)} additionally demands what a full counterparty must have: entity
 * type, ИНН, ОГРН/ОГРНИП, КПП for an organisation, and — once any bank field is given — БИК and
 * settlement account. Stateless and thread-safe.
 */
public final class RequisitesGate {

  private final List<RequisitesRule> rules;

  public RequisitesGate() {
    this(
        List.of(
            new InnRule(),
            new KppRule(),
            new OgrnRule(),
            new BikRule(),
            new CorrespondentAccountRule(),
            new SettlementAccountRule(),
            new EntityTypeConsistencyRule()));
  }

  public RequisitesGate(List<RequisitesRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Runs every rule on the given fields; {@code fieldsChecked()} = the fields that were given. */
  public RequisitesVerdict check(RequisitesInput input) {
    return run(input, false);
  }

  /**
   * Like {@link #check} plus {@code *.required} errors for a full counterparty; {@code
   * fieldsChecked()} also contains the fields whose presence was demanded.
   */
  public RequisitesVerdict checkComplete(RequisitesInput input) {
    return run(input, true);
  }

  private RequisitesVerdict run(RequisitesInput raw, boolean complete) {
    RequisitesInput input = raw.normalised();
    Map<RequisiteField, List<Violation>> byField = new EnumMap<>(RequisiteField.class);
    Set<RequisiteField> checked = EnumSet.noneOf(RequisiteField.class);
    Map<RequisiteField, String> values = new EnumMap<>(RequisiteField.class);
    for (RequisiteField field : RequisiteField.values()) {
      String value = input.value(field);
      if (value != null) {
        checked.add(field);
        values.put(field, value);
      }
    }
    if (complete) {
      for (Violation missing : missing(input)) {
        checked.add(missing.field());
        add(byField, missing);
      }
    }
    for (RequisitesRule rule : rules) {
      for (Violation violation : rule.check(input)) {
        add(byField, violation);
      }
    }
    return new RequisitesVerdict(byField, checked, values);
  }

  private static List<Violation> missing(RequisitesInput input) {
    List<Violation> found = new ArrayList<>();
    if (input.entityType() == null) {
      found.add(Violation.error(RequisiteField.ENTITY_TYPE, ViolationCode.ENTITY_TYPE_REQUIRED));
    }
    if (input.inn() == null) {
      found.add(Violation.error(RequisiteField.INN, ViolationCode.INN_REQUIRED));
    }
    if (input.entityType() == EntityType.ORGANISATION && input.kpp() == null) {
      found.add(Violation.error(RequisiteField.KPP, ViolationCode.KPP_REQUIRED));
    }
    if (input.ogrn() == null) {
      found.add(Violation.error(RequisiteField.OGRN, ViolationCode.OGRN_REQUIRED));
    }
    if (input.hasBankDetails()) {
      if (input.bik() == null) {
        found.add(Violation.error(RequisiteField.BIK, ViolationCode.BIK_REQUIRED));
      }
      if (input.settlementAccount() == null) {
        found.add(
            Violation.error(RequisiteField.SETTLEMENT_ACCOUNT, ViolationCode.SETTLEMENT_ACCOUNT_REQUIRED));
      }
    }
    return found;
  }

  private static void add(Map<RequisiteField, List<Violation>> byField, Violation violation) {
    byField.computeIfAbsent(violation.field(), f -> new ArrayList<>()).add(violation);
  }
}
