package dev.backoffice.domain.model.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RequestStatusTest {

  @Test
  void theLifeCycleOfTheIssue() {
    assertTrue(RequestStatus.NEW.canMoveTo(RequestStatus.IN_REVIEW));
    assertTrue(RequestStatus.IN_REVIEW.canMoveTo(RequestStatus.NEEDS_INFORMATION));
    assertTrue(RequestStatus.NEEDS_INFORMATION.canMoveTo(RequestStatus.IN_REVIEW));
    assertTrue(RequestStatus.IN_REVIEW.canMoveTo(RequestStatus.APPROVED));
    assertTrue(RequestStatus.APPROVED.canMoveTo(RequestStatus.DOCUMENTS_ISSUED));
    assertTrue(RequestStatus.DOCUMENTS_ISSUED.canMoveTo(RequestStatus.PAID));
    assertTrue(RequestStatus.DOCUMENTS_ISSUED.canMoveTo(RequestStatus.PROVISIONALLY_CONFIRMED));
    assertTrue(RequestStatus.PROVISIONALLY_CONFIRMED.canMoveTo(RequestStatus.CONFIRMED));
    assertTrue(RequestStatus.PAID.canMoveTo(RequestStatus.CONFIRMED));
  }

  @Test
  void approvalOnlyFromReviewAndNothingLeavesTheEnd() {
    for (RequestStatus s : RequestStatus.values()) {
      assertEquals(s == RequestStatus.IN_REVIEW, s.canMoveTo(RequestStatus.APPROVED), s.name());
    }
    assertTrue(RequestStatus.CONFIRMED.next().isEmpty());
    assertTrue(RequestStatus.CANCELLED.next().isEmpty());
    assertFalse(RequestStatus.NEW.canMoveTo(RequestStatus.PAID));
  }

  @Test
  void everythingBeforeTheEndCanBeCancelledExceptAPaidRequest() {
    for (RequestStatus s : EnumSet.range(RequestStatus.NEW, RequestStatus.PROVISIONALLY_CONFIRMED)) {
      assertTrue(s.canMoveTo(RequestStatus.CANCELLED), s.name());
    }
    assertFalse(RequestStatus.PAID.canMoveTo(RequestStatus.CANCELLED), "money received: refund, not cancel");
  }

  @Test
  void onlyWaitingRequestsRunAgainstTheSla() {
    assertEquals(
        EnumSet.of(RequestStatus.NEW, RequestStatus.IN_REVIEW, RequestStatus.NEEDS_INFORMATION),
        EnumSet.copyOf(java.util.Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen).toList()));
  }
}
