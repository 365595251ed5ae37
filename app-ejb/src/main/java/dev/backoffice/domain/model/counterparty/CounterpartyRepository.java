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
}
