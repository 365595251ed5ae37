package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In real headless Chromium: an operator opens an approved request, issues the contract and the invoice with one
 * click, opens the contract and sees its PDF inline; the auditor opens the same document and finds no action that
 * changes it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private ChromeDriver browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void login(String user, String path, WebDriverWait wait) {
    browser.manage().deleteAllCookies();
    browser.get(Browser.BASE + path);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys(user);
    browser.findElement(By.id("j_password")).sendKeys(As.DEMO_PASSWORD);
    browser.findElement(By.id("loginButton")).click();
  }

  @Test
  void anOperatorIssuesTheDealPackWithOneClickAndTheAuditorOnlyReads() throws Exception {
    Browser alice = Browser.loggedIn("alice", "en");
    Map<String, String> ev = Documents.event(alice, DocumentsIT.demoSeller(alice), "Browser " + UUID.randomUUID());
    String requestId = Documents.approvedRequest(Browser.loggedIn("oleg", "en"), ev);

    browser = Chromium.start("ru");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.ignoring(StaleElementReferenceException.class); // an element re-rendered by an AJAX update between find and read
    login("oleg", "/app/request.xhtml?id=" + requestId, wait);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("actions:issueDocuments"))).click();
    wait.until(d -> d.findElements(By.cssSelector("[id$='documents_data'] tr")).size() == 2);
    List<WebElement> rows = browser.findElements(By.cssSelector("[id$='documents_data'] tr"));
    assertTrue(rows.get(0).getText().contains("Договор"), rows.get(0).getText());
    assertTrue(rows.get(1).getText().contains("Счёт на оплату"), rows.get(1).getText());
    assertEquals("Документы выставлены", browser.findElement(By.id("status")).getText());

    rows.get(0).findElement(By.tagName("a")).click();
    WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("docHeading")));
    assertTrue(heading.getText().startsWith("Договор №"), heading.getText());
    String documentUrl = browser.getCurrentUrl();
    WebElement frame = browser.findElement(By.id("pdf"));
    assertTrue(frame.getAttribute("src").contains("/app/files/document/"), frame.getAttribute("src"));
    assertEquals(1, browser.findElements(By.id("cancelForm:cancel")).size(), "the operator may cancel");

    login("anna", documentUrl.substring(Browser.BASE.length()), wait);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("docHeading")));
    assertEquals(0, browser.findElements(By.id("cancelForm:cancel")).size(), "the auditor may not cancel");
    assertEquals(1, browser.findElements(By.id("download")).size(), "the auditor may download");
    browser.get(Browser.BASE + "/app/request.xhtml?id=" + requestId);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
    assertEquals(0, browser.findElements(By.id("actions:issueDocuments")).size(), "no issuing for the auditor");
  }

  @Test
  void anOperatorCorrectsAWrongKppAndIssuesTheCorrectionsOnTheRequestScreen() throws Exception {
    Browser alice = Browser.loggedIn("alice", "en");
    Map<String, String> ev = Documents.event(alice, DocumentsIT.demoSeller(alice), "Browser fix " + UUID.randomUUID());
    Browser oleg = Browser.loggedIn("oleg", "en");
    String requestId = Documents.approvedRequest(oleg, ev);
    assertEquals(201, oleg.json("POST", "/api/v1/registration-requests/" + requestId + "/documents", null, Map.of()).status());

    browser = Chromium.start("ru");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.ignoring(StaleElementReferenceException.class); // an element re-rendered by an AJAX update between find and read
    login("oleg", "/app/request.xhtml?id=" + requestId, wait);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("correction:startCorrection"))).click();
    WebElement kpp = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("correction:kpp")));
    assertEquals("773601001", kpp.getAttribute("value"));
    assertEquals(0, browser.findElements(By.id("correction:issueCorrections")).size(), "nothing to correct yet");

    // A КПП that is not one: the message stands next to the field and nothing changes.
    kpp.clear();
    kpp.sendKeys("77360100");
    browser.findElement(By.id("correction:reason")).sendKeys("Клиент прислал новый КПП");
    browser.findElement(By.id("correction:saveCorrection")).click();
    WebElement kppMessage =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("correction:kppMessage")));
    wait.until(d -> !kppMessage.getText().isBlank());
    assertTrue(kppMessage.getText().contains("КПП"), kppMessage.getText());
    assertTrue(browser.findElement(By.id("req-kpp")).getText().contains("773601001"), "unchanged");

    kpp = browser.findElement(By.id("correction:kpp"));
    kpp.clear();
    kpp.sendKeys("997750001");
    browser.findElement(By.id("correction:saveCorrection")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("req-kpp"), "997750001"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("correction:issueCorrections"))).click();
    wait.until(d -> d.findElements(By.cssSelector("[id$='documents_data'] tr")).size() == 4);
    String table = browser.findElement(By.cssSelector("[id$='documents_data']")).getText();
    assertEquals(2, table.split("Исправлен", -1).length - 1, "two originals are corrected:\n" + table);
    assertEquals(2, table.split("(испр. 1)", -1).length - 1, "the corrections carry their index:\n" + table);
    assertEquals(0, browser.findElements(By.id("correction:issueCorrections")).size(), "nothing left to correct");
    String history = browser.findElement(By.cssSelector("[id$='history_data']")).getText();
    assertTrue(history.contains("Исправлены реквизиты"), history);
    assertTrue(history.contains("kpp: 773601001 → 997750001"), history);
  }
}
