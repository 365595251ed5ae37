package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public check is rate-limited per client address (its own deployment, so the limit starts fresh). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequisitesRateLimitIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void aFloodFromOneAddressIsRefusedWith429AndRetryAfter() throws Exception {
    Browser b = new Browser("ru");
    HttpResponse<String> last = null;
    int accepted = 0;
    for (int i = 0; i < 200; i++) {
      last = b.send("POST", "/api/v1/requisites/validation", "{\"inn\":\"7707083893\"}");
      if (last.statusCode() != 200) {
        break;
      }
      accepted++;
    }
    assertEquals(429, last.statusCode(), "refused after " + accepted + " checks");
    assertTrue(accepted >= 100, "the default allows bursts of 120, accepted " + accepted);
    assertTrue(last.headers().firstValue("Retry-After").isPresent());
    assertTrue(last.body().contains("rateLimited"));
  }
}
