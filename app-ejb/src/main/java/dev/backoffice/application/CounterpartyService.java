package dev.backoffice.application;

import java.util.List;
import java.util.UUID;

/** The tenant's counterparty directory; entries are created and updated through approvals of requests. */
public interface CounterpartyService {

  List<CounterpartyView> list(int first, int max);

  CounterpartyView get(UUID id);
}
