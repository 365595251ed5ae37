package dev.backoffice.application;

import java.util.List;

public interface DashboardService {

  DashboardCounts counts();

  List<AuditEntryView> latestActivity(int max);
}
