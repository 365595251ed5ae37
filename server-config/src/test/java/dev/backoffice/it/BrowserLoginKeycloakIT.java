package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In real headless Chromium with identity=keycloak: users sign in on Keycloak's own login page (authorization code +
 * PKCE), land on the dashboard of their tenant, and sign out of Keycloak too; a user in two tenants is refused; an
 * auditor finds no enabled action that changes data on any screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserLoginKeycloakIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeAll
  static void keycloakIsUp() throws Exception {
    Keycloak.awaitReady();
  }

  private ChromeDriver browser;
  private WebDriverWait wait;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void open(String language) throws Exception {
    browser = Chromium.start(language);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class); // an element re-rendered by an AJAX update between find and read
  }

  /** Opens a screen; Keycloak's login page must come; signs in there. */
  private void signInOnKeycloak(String path, String user) {
    browser.get(Browser.BASE + path);
    WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertTrue(browser.getCurrentUrl().startsWith(Keycloak.URL + "/realms/backoffice/"), browser.getCurrentUrl());
    assertTrue(browser.getCurrentUrl().contains("code_challenge_method=S256"), "PKCE: " + browser.getCurrentUrl());
    name.sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(As.DEMO_PASSWORD);
    browser.findElement(By.id("kc-login")).click();
  }

  @Test
  void aliceSignsInOnKeycloakSeesHerTenantAndSignsOutOfKeycloakToo() throws Exception {
    open("ru");
    signInOnKeycloak("/app/dashboard.xhtml", "alice");
    WebElement tenant = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tenantName")));
    assertTrue(browser.getCurrentUrl().startsWith(Browser.BASE + "/app/dashboard.xhtml"), browser.getCurrentUrl());
    assertEquals("Альфа Конференции", tenant.getText());
    assertFalse(browser.getPageSource().contains("Бета Ивент"));
    assertTrue(browser.findElement(By.id("currentUser")).getText().contains("alice"));
    assertTrue(browser.findElement(By.id("currentRoles")).getText().contains("Администратор клиента"));

    browser.findElement(By.id("shellForm:logout")).click();
    // Keycloak ended its session: coming back needs the password again, not a silent sign-in
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertTrue(browser.getCurrentUrl().startsWith(Keycloak.URL + "/realms/backoffice/"), browser.getCurrentUrl());
    browser.get(Browser.BASE + "/app/dashboard.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertTrue(browser.findElements(By.id("tenantName")).isEmpty());
  }

  @Test
  void anOperatorOfTheOtherTenantSeesOnlyThatTenant() throws Exception {
    open("en");
    signInOnKeycloak("/app/legal-entities.xhtml", "olga");
    wait.until(d -> d.getCurrentUrl().contains("/app/legal-entities.xhtml"));
    browser.get(Browser.BASE + "/app/dashboard.xhtml");
    assertEquals("Бета Ивент", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tenantName"))).getText());
    assertFalse(browser.getPageSource().contains("Альфа Конференции"));
  }

  @Test
  void aUserInTwoTenantsIsRefusedAtSignIn() throws Exception {
    open("en");
    signInOnKeycloak("/app/dashboard.xhtml", "mallory");
    WebElement reason = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tenantConflict")));
    assertTrue(reason.getText().contains("several tenants"), reason.getText());
    assertTrue(browser.findElements(By.id("tenantName")).isEmpty());
    assertFalse(browser.getPageSource().contains("Альфа Конференции") || browser.getPageSource().contains("Бета Ивент"));
  }

  @Test
  void theTenantAdminInvitesOnTheUsersScreenAndIsToldWhenTheEmailCouldNotGo() throws Exception {
    // no mail server listens during this class (GreenMail runs only in UserAdminKeycloakIT): Keycloak cannot send
    open("en");
    signInOnKeycloak("/app/users.xhtml", "alice");
    WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("usersForm:users")));
    assertTrue(table.getText().contains("oleg") && table.getText().contains("Operator"), table.getText());
    assertFalse(table.getText().contains("boris"), "only alpha's users");

    browser.findElement(By.id("inviteForm:email")).sendKeys("not-an-address");
    browser.findElement(By.id("inviteForm:firstName")).sendKeys("Petr");
    browser.findElement(By.id("inviteForm:lastName")).sendKeys("Screen");
    browser.findElement(By.id("inviteForm:invite")).click();
    WebElement emailMessage =
        wait.until(d -> d.findElement(By.id("inviteForm:emailMessage")).getText().isBlank() ? null : d.findElement(By.id("inviteForm:emailMessage")));
    assertTrue(emailMessage.getText().contains("not an e-mail address"), emailMessage.getText());

    String email = "screen-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    WebElement field = browser.findElement(By.id("inviteForm:email"));
    field.clear();
    field.sendKeys(email);
    browser.findElement(By.id("inviteForm:invite")).click();
    wait.until(d -> d.findElement(By.id("usersForm:users")).getText().contains(email));
    String messages = browser.findElement(By.id("inviteForm")).getText() + browser.findElement(By.id("usersForm")).getText();
    assertTrue(messages.contains("could not be sent"), messages);
    assertTrue(browser.findElement(By.id("usersForm:users")).getText().contains("Invitation not yet accepted"));
    Browser.Json list = Browser.bearer(Keycloak.accessToken("alice"), "en").json("GET", "/api/v1/users", null, Map.of());
    assertTrue(list.body().contains(email), "the user is kept in Keycloak although the e-mail did not go");
  }

  @Test
  void aDisabledUserCannotSignIn() throws Exception {
    open("en");
    signInOnKeycloak("/app/dashboard.xhtml", "dora");
    wait.until(d -> d.getPageSource().contains("Account is disabled"));
    assertTrue(browser.getCurrentUrl().startsWith(Keycloak.URL), browser.getCurrentUrl());
    assertTrue(browser.findElements(By.id("tenantName")).isEmpty());
  }

  /**
   * Actions that change nothing: sign-out, language, CSV export, the queue's status filters and pages, the import
   * preview.
   */
  private static boolean readOnly(WebElement e) {
    String id = e.getAttribute("id") == null ? "" : e.getAttribute("id");
    String local = id.substring(id.lastIndexOf(':') + 1);
    if (List.of("logout", "langRu", "langEn", "exportCsv", "allStatuses", "check").contains(local)) {
      return true;
    }
    String cls = e.getAttribute("class") == null ? "" : e.getAttribute("class");
    return cls.contains("bo-counter") || cls.contains("ui-paginator");
  }

  @Test
  void anAuditorFindsNoEnabledActionThatChangesData() throws Exception {
    // a request in alpha's queue, so the queue and request screens have rows with their actions
    Map<String, String> event =
        Requests.newEvent(Browser.bearer(Keycloak.accessToken("alice"), "ru"), "Аудит " + UUID.randomUUID(), false);
    JsonObject submission = Requests.submission(event.get("eventId"), event.get("tariffId"), Requests.sberbank());
    Browser.Json posted =
        Browser.bearer(Keycloak.accessToken("oleg"), "ru")
            .json("POST", "/api/v1/registration-requests", submission.toString(), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertEquals(201, posted.status(), posted.body());
    String requestId = posted.object().getJsonObject("summary").getString("id");

    open("en");
    signInOnKeycloak("/app/dashboard.xhtml", "anna");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tenantName")));
    List<String> found = new ArrayList<>();
    int actionsSeen = 0;
    for (String screen :
        List.of(
            "/app/dashboard.xhtml",
            "/app/legal-entities.xhtml",
            "/app/queue.xhtml",
            "/app/request.xhtml?id=" + requestId,
            "/app/settings.xhtml",
            "/app/import.xhtml",
            "/app/users.xhtml")) {
      browser.get(Browser.BASE + screen);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("shellForm:logout")));
      for (WebElement e : browser.findElements(By.cssSelector("button, input[type=submit], input[type=button], a[onclick]"))) {
        if (!e.isDisplayed()) {
          continue;
        }
        actionsSeen++;
        if (e.isEnabled() && !e.getAttribute("class").contains("ui-state-disabled") && !readOnly(e)) {
          found.add(screen + " -> " + e.getAttribute("id") + " '" + e.getText() + "'");
        }
      }
      for (WebElement input : browser.findElements(By.cssSelector("#settingsForm input, #settingsForm select"))) {
        if (input.isDisplayed() && input.isEnabled()) {
          found.add(screen + " -> editable " + input.getAttribute("id"));
        }
      }
    }
    assertTrue(actionsSeen >= 12, "the scan saw the screens' actions (" + actionsSeen + ")");
    assertTrue(found.isEmpty(), "data-changing actions offered to the auditor: " + found);
  }
}
