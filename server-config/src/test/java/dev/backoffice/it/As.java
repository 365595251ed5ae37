package dev.backoffice.it;

import com.ibm.websphere.security.auth.WSSubject;
import com.ibm.websphere.security.auth.callback.WSCallbackHandlerImpl;
import java.util.concurrent.Callable;
import javax.security.auth.Subject;
import javax.security.auth.login.LoginContext;

/** In-container: runs work as a demo user, logged in through Liberty's user registry (a real login, no shortcut). */
final class As {

  static final String DEMO_PASSWORD = "demo-2026";

  private As() {}

  static <T> T user(String name, Callable<T> work) throws Exception {
    LoginContext login = new LoginContext("WSLogin", new WSCallbackHandlerImpl(name, DEMO_PASSWORD));
    login.login();
    Subject subject = login.getSubject();
    Subject previous = WSSubject.getRunAsSubject();
    WSSubject.setRunAsSubject(subject);
    try {
      return work.call();
    } finally {
      WSSubject.setRunAsSubject(previous);
    }
  }

  interface Work {
    void run() throws Exception;
  }

  static void run(String name, Work work) throws Exception {
    user(
        name,
        () -> {
          work.run();
          return null;
        });
  }
}
