package dev.backoffice.interfaces.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The context root sends the browser to the dashboard, which is protected, so a new visitor lands on the login page.
 * (A welcome file would render the dashboard without the /app/* security constraint.)
 */
@WebServlet(urlPatterns = "")
public class RootRedirectServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.sendRedirect(req.getContextPath() + "/app/dashboard.xhtml");
  }
}
