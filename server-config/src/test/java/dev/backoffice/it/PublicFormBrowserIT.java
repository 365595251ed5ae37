package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
 * In real headless Chromium: a visitor fills the public form with a wrong ИНН, sees the message as they type, fixes
 * it and sends the request; then an operator logs in, finds the request in the queue, takes it and approves it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicFormBrowserIT {

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

  @Test
  void aVisitorRegistersAndAnOperatorApproves() throws Exception {
    Map<String, String> ev = Requests.newEvent(Browser.loggedIn("alice", "ru"), "Браузерный тест " + UUID.randomUUID(), false);
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String company = "ПАО Сбербанк " + marker;

    browser = Chromium.start("ru");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class); // an element re-rendered by an AJAX update between find and read
    long shown = System.currentTimeMillis();
    browser.get(Browser.BASE + "/register.xhtml?t=alpha&e=" + ev.get("eventId"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form:inn")));

    type("form:fullName", "Публичное акционерное общество «Сбербанк России»");
    type("form:shortName", company);
    type("form:inn", "7707083894");
    WebElement innVerdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("innVerdict")));
    assertEquals("inn.checksum", innVerdict.getAttribute("data-code"));
    assertTrue(innVerdict.getText().contains("ИНН"), innVerdict.getText());

    WebElement inn = browser.findElement(By.id("form:inn"));
    inn.clear();
    inn.sendKeys("7707083893");
    wait.until(d -> "inn.ok".equals(d.findElement(By.id("innVerdict")).getAttribute("data-code")));

    type("form:kpp", "773601001");
    type("form:ogrn", "1027700132195");
    type("form:legalAddress", "117312, г. Москва, ул. Вавилова, д. 19");
    type("form:bankName", "ПАО Сбербанк");
    type("form:bik", "044525225");
    type("form:correspondentAccount", "30101810400000000225");
    type("form:settlementAccount", "40702810238000139300");
    wait.until(d -> "settlementAccount.ok".equals(d.findElement(By.id("settlementAccountVerdict")).getAttribute("data-code")));
    type("form:signatoryName", "Греф Герман Оскарович");
    type("form:signatoryPosition", "Президент, Председатель Правления");
    browser.findElement(By.cssSelector(".bo-p-name")).sendKeys("Иванов Иван Иванович");
    browser.findElement(By.cssSelector(".bo-p-email")).sendKeys("ivanov@example.ru");
    type("form:contactName", "Петрова Анна");
    type("form:contactEmail", "petrova@example.ru");

    long elapsed = System.currentTimeMillis() - shown;
    if (elapsed < 3_500) {
      Thread.sleep(3_500 - elapsed); // people take longer than the bot check's minimum; so must the test
    }
    browser.findElement(By.id("form:submit")).click();
    WebElement thanks = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thanks")));
    assertTrue(thanks.getText().contains("Спасибо"), thanks.getText());

    // the operator
    browser.manage().deleteAllCookies();
    browser.get(Browser.BASE + "/app/queue.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys("oleg");
    browser.findElement(By.id("j_password")).sendKeys(As.DEMO_PASSWORD);
    browser.findElement(By.id("loginButton")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queueForm:search"))).sendKeys(marker);
    WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText(company)));
    link.click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("req-inn")));
    assertTrue(browser.findElement(By.id("req-inn")).getAttribute("class").contains("bo-ok"), "every requisite checked");
    browser.findElement(By.id("actions:take")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("actions:approve"))).click();
    wait.until(d -> d.findElement(By.id("status")).getText().equals("Одобрена"));
    assertEquals("Одобрена", browser.findElement(By.id("status")).getText());
  }

  private void type(String id, String text) {
    WebElement e = browser.findElement(By.id(id));
    e.clear();
    e.sendKeys(text);
  }

}
