package dev.backoffice.domain.model.counterparty;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's counterparty directory. */
public interface CounterpartyRepository {

  Optional<Counterparty> find(UUID id);

  Optional<Counterparty> findByInnAndKpp(String inn, String kpp);

  List<Counterparty> list(int first, int max);

  void add(Counterparty counterparty);

  /**
   * Adds the counterparty in a transaction of its own unless one with its ИНН+КПП exists by then (two requests of a
   * new company approved at the same moment); either way the directory then has exactly one, which the caller reads
   * with {@link #findByInnAndKpp}.
   */
  void addIfAbsent(Counterparty counterparty);
}
