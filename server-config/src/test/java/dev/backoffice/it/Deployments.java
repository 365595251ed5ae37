package dev.backoffice.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment under test is the EAR the build produced, unchanged except that the web module also carries the
 * test classes (Arquillian runs in-container tests through it).
 */
final class Deployments {

  static final String WEB_MODULE = "app-web.war";
  static final String EJB_MODULE = "app-ejb.jar";

  private Deployments() {}

  static EnterpriseArchive ear(Class<?>... testSupport) {
    return ear(new Class<?>[0], testSupport);
  }

  /**
   * @param ejbSupport test probes that need the EJB module's persistence unit, added to the EJB module
   * @param webSupport helpers of the test classes, added to the web module
   */
  static EnterpriseArchive ear(Class<?>[] ejbSupport, Class<?>... webSupport) {
    File file = new File(System.getProperty("backoffice.ear", "target/it/backoffice.ear"));
    if (!file.isFile()) {
      throw new IllegalStateException("The EAR to test is missing: " + file.getAbsolutePath());
    }
    EnterpriseArchive ear =
        ShrinkWrap.create(ZipImporter.class, "backoffice.ear").importFrom(file).as(EnterpriseArchive.class);
    WebArchive war;
    try (InputStream in = ear.get("/" + WEB_MODULE).getAsset().openStream()) {
      war = ShrinkWrap.create(ZipImporter.class, WEB_MODULE).importFrom(in).as(WebArchive.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    war.addClasses(webSupport);
    ear.delete("/" + WEB_MODULE);
    if (ejbSupport.length > 0) {
      JavaArchive ejb;
      try (InputStream in = ear.get("/" + EJB_MODULE).getAsset().openStream()) {
        ejb = ShrinkWrap.create(ZipImporter.class, EJB_MODULE).importFrom(in).as(JavaArchive.class);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      ejb.addClasses(ejbSupport);
      ear.delete("/" + EJB_MODULE);
      ear.addAsModule(ejb);
    }
    ear.addAsModule(Testable.archiveToTest(war));
    return ear;
  }

  /** Adds the jars that hold the given classes (from the test class path) to the EAR's lib folder. */
  static EnterpriseArchive withLibrariesOf(EnterpriseArchive ear, Class<?>... classes) {
    for (Class<?> c : classes) {
      try {
        ear.addAsLibrary(new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (java.net.URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return ear;
  }
}
