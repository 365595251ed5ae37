package dev.backoffice.domain.requisites;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of {@link RequisitesGate}: violations per field, the fields that were checked and the
 * normalised values. Immutable. Acceptable means no {@link Severity#ERROR}; warnings do not block.
 */
public record RequisitesVerdict(
    Map<RequisiteField, List<Violation>> violationsByField,
    Set<RequisiteField> fieldsChecked,
    Map<RequisiteField, String> normalisedValues) {

  public RequisitesVerdict {
    EnumMap<RequisiteField, List<Violation>> byField = new EnumMap<>(RequisiteField.class);
    violationsByField.forEach(
        (field, list) -> {
          if (!list.isEmpty()) {
            byField.put(field, List.copyOf(list));
          }
        });
    violationsByField = Collections.unmodifiableMap(byField);
    EnumSet<RequisiteField> checked = EnumSet.noneOf(RequisiteField.class);
    checked.addAll(fieldsChecked);
    fieldsChecked = Collections.unmodifiableSet(checked);
    EnumMap<RequisiteField, String> values = new EnumMap<>(RequisiteField.class);
    values.putAll(normalisedValues);
    normalisedValues = Collections.unmodifiableMap(values);
  }

  /** True when no violation has severity {@link Severity#ERROR}. */
  public boolean isAcceptable() {
    return violations().stream().noneMatch(Violation::isError);
  }

  /** All violations, in field order. */
  public List<Violation> violations() {
    List<Violation> all = new ArrayList<>();
    violationsByField.values().forEach(all::addAll);
    return List.copyOf(all);
  }

  /** The violations of one field (empty if none). */
  public List<Violation> violations(RequisiteField field) {
    return violationsByField.getOrDefault(field, List.of());
  }

  /** The codes of all violations, in field order. */
  public List<String> codes() {
    return violations().stream().map(Violation::code).toList();
  }

  /** The normalised value of a given field (entity type as its code). */
  public Optional<String> normalised(RequisiteField field) {
    return Optional.ofNullable(normalisedValues.get(field));
  }
}
