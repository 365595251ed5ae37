package dev.backoffice.interfaces.web.documents;

import dev.backoffice.application.DocumentService;
import dev.backoffice.application.TemplatePackService;
import dev.backoffice.domain.model.shared.DomainException;
import dev.backoffice.domain.model.shared.RecordNotFoundException;
import dev.backoffice.interfaces.facade.ErrorMessages;
import dev.backoffice.plugin.api.document.DocumentKind;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * PDFs for the screens, under the screens' own login: {@code /app/files/document/<id>} (an issued document, inline or
 * with {@code ?download=true}) and {@code /app/files/preview?pack=&kind=&locale=} (a template pack's sample render).
 * Every read goes through the services, so roles, tenant isolation and the audit of auditors' reads apply.
 */
@WebServlet("/app/files/*")
public class DocumentFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient DocumentService documents;

  @Inject transient TemplatePackService packs;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    try {
      DocumentService.DocumentFile f;
      boolean download = "true".equals(req.getParameter("download"));
      if (path.startsWith("/document/")) {
        f = documents.getPdf(UUID.fromString(path.substring("/document/".length())));
      } else if (path.equals("/preview")) {
        String kind = req.getParameter("kind");
        f =
            packs.getPreview(
                req.getParameter("pack"),
                kind == null ? null : DocumentKind.valueOf(kind),
                req.getParameter("locale"));
      } else {
        resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      resp.setContentType(f.contentType());
      resp.setHeader(
          "Content-Disposition", (download ? "attachment" : "inline") + "; filename=\"" + f.fileName() + "\"");
      resp.setHeader("X-Content-Type-Options", "nosniff");
      resp.setHeader("Cache-Control", "private, no-store");
      resp.setContentLength(f.content().length);
      resp.getOutputStream().write(f.content());
    } catch (RecordNotFoundException | IllegalArgumentException e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (EJBAccessException e) {
      resp.sendError(HttpServletResponse.SC_FORBIDDEN);
    } catch (DomainException e) {
      resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      resp.setContentType("text/plain;charset=UTF-8");
      resp.getOutputStream().write(ErrorMessages.describe(e, req.getLocale()).getBytes(StandardCharsets.UTF_8));
    }
  }
}
