package dev.backoffice.infrastructure.identity;

import com.ibm.websphere.security.auth.WSSubject;
import com.ibm.websphere.security.cred.WSCredential;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.Subject;

/** The authenticated Liberty subject on this thread (run-as first, then the caller), and its credential. */
final class Subjects {

  private static final Logger LOG = Logger.getLogger(Subjects.class.getName());

  private Subjects() {}

  static Subject current() {
    try {
      Subject runAs = WSSubject.getRunAsSubject();
      if (runAs != null) {
        return runAs;
      }
      return WSSubject.getCallerSubject();
    } catch (Exception e) {
      LOG.log(Level.FINE, "No security subject on this thread", e);
      return null;
    }
  }

  /** The credential of an authenticated subject; empty for no subject or the unauthenticated one. */
  static Optional<WSCredential> credential(Subject subject) {
    if (subject == null) {
      return Optional.empty();
    }
    Set<WSCredential> credentials = subject.getPublicCredentials(WSCredential.class);
    if (credentials.isEmpty()) {
      return Optional.empty();
    }
    WSCredential credential = credentials.iterator().next();
    return credential.isUnauthenticated() ? Optional.empty() : Optional.of(credential);
  }
}
