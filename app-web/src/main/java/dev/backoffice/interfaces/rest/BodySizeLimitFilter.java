package dev.backoffice.interfaces.rest;

import dev.backoffice.interfaces.facade.ErrorMessages;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses API request bodies above {@code backoffice.api.max-body-bytes} with 413 problem+json — by the declared
 * length up front, and by counting for bodies sent without a length, so nothing oversized is ever buffered.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimitFilter implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "backoffice.api.max-body-bytes", defaultValue = "1048576")
  long maxBytes;

  @Context HttpHeaders headers;

  @Override
  public void filter(ContainerRequestContext request) {
    int declared = request.getLength();
    if (declared > maxBytes) {
      request.abortWith(tooLarge(Languages.of(headers)));
      return;
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Limited(request.getEntityStream(), maxBytes, Languages.of(headers)));
    }
  }

  private jakarta.ws.rs.core.Response tooLarge(Locale locale) {
    return Problem.response(
        413,
        "bodyTooLarge",
        ErrorMessages.text(locale, "error.title.badRequest"),
        ErrorMessages.text(locale, "error.bodyTooLarge", maxBytes),
        null);
  }

  private final class Limited extends FilterInputStream {
    private final long limit;
    private final Locale locale;
    private long read;

    Limited(InputStream in, long limit, Locale locale) {
      super(in);
      this.limit = limit;
      this.locale = locale;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw new WebApplicationException(tooLarge(locale));
      }
    }
  }
}
