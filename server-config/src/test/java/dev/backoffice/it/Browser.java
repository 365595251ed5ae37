package dev.backoffice.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client that behaves like a browser session against the test server. */
final class Browser {

  static final String BASE = "http://localhost:" + System.getProperty("arquillian.http.port", "19080");

  private final HttpClient http;
  private final String language;
  private String authorization;

  Browser(String language) {
    this.language = language;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  static Browser loggedIn(String user, String language) throws Exception {
    Browser b = new Browser(language);
    b.get("/app/dashboard.xhtml");
    HttpResponse<String> r =
        b.postForm("/j_security_check", Map.of("j_username", user, "j_password", As.DEMO_PASSWORD));
    if (!r.uri().getPath().startsWith("/app/")) {
      throw new IllegalStateException("login of " + user + " failed: landed on " + r.uri());
    }
    return b;
  }

  /** A client that sends {@code Authorization: Bearer <token>} with every request (the API with Keycloak). */
  static Browser bearer(String token, String language) {
    Browser b = new Browser(language);
    b.authorization = "Bearer " + token;
    return b;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postForm(String path, Map<String, String> form) throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return http.send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
    HttpRequest.Builder b = request(path).header("Accept", "application/json");
    if (json != null) {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(BASE + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept-Language", language);
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return b;
  }

  /**
   * Submits a Faces form the way a browser does: every hidden field of the form (view state, the form's
   * {@code _SUBMIT} marker) plus the pressed button or link.
   */
  HttpResponse<String> submit(String path, String html, String formId, String pressedId)
      throws IOException, InterruptedException {
    return submit(path, html, formId, pressedId, Map.of());
  }

  /** As {@link #submit(String, String, String, String)}, with values typed into the form's fields. */
  HttpResponse<String> submit(String path, String html, String formId, String pressedId, Map<String, String> typed)
      throws IOException, InterruptedException {
    Matcher form =
        Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\".*?</form>", Pattern.DOTALL).matcher(html);
    if (!form.find()) {
      throw new IllegalStateException("no form " + formId + " in page");
    }
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"").matcher(form.group());
    while (hidden.find()) {
      fields.put(hidden.group(1), hidden.group(2));
    }
    fields.putAll(typed);
    fields.put(pressedId, pressedId);
    return postForm(path, fields);
  }

  /** Deletes, through the API, this user's legal entities with the given ИНН (leftovers of an earlier run). */
  void deleteLegalEntitiesByInn(String inn) throws IOException, InterruptedException {
    String list = send("GET", "/api/v1/legal-entities", null).body();
    Matcher m = Pattern.compile("\\{[^{}]*\"inn\":\"" + inn + "\"[^{}]*}").matcher(list);
    while (m.find()) {
      String id = jsonString(m.group(), "id");
      HttpResponse<String> r = send("DELETE", "/api/v1/legal-entities/" + id, null);
      if (r.statusCode() != 204) {
        throw new IllegalStateException("cannot delete " + id + ": " + r.body());
      }
    }
  }

  /** Any request with a raw body (or none), answered as bytes: PDFs, ZIPs, uploads. */
  HttpResponse<byte[]> bytes(String method, String path, byte[] body, String contentType)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = request(path);
    if (body != null) {
      b.header("Content-Type", contentType);
      b.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Sends JSON and parses the JSON answer (object) with its status. */
  Json json(String method, String path, String body, Map<String, String> extraHeaders) throws IOException, InterruptedException {
    HttpRequest.Builder b = request(path).header("Accept", "application/json");
    extraHeaders.forEach(b::header);
    if (body != null) {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Json(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
  }

  /** A JSON answer: status, raw body, and the body parsed as an object (null when it is not one). */
  record Json(int status, String body, String contentType) {
    jakarta.json.JsonObject object() {
      try (jakarta.json.JsonReader r = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
        return r.readObject();
      }
    }

    jakarta.json.JsonArray array() {
      try (jakarta.json.JsonReader r = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
        return r.readArray();
      }
    }

    boolean isProblem() {
      return contentType.startsWith("application/problem+json");
    }
  }

  /** The first string value of a property in a JSON text (enough for the flat objects of this API). */
  static String jsonString(String json, String name) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  /** Submits a multipart Faces form (a file upload) with its hidden fields, typed values and one file. */
  HttpResponse<String> submitMultipart(
      String path, String html, String formId, String pressedId, Map<String, String> typed, String fileField, String fileName, byte[] file)
      throws IOException, InterruptedException {
    Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\".*?</form>", Pattern.DOTALL).matcher(html);
    if (!form.find()) {
      throw new IllegalStateException("no form " + formId + " in page");
    }
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"").matcher(form.group());
    while (hidden.find()) {
      fields.put(hidden.group(1), hidden.group(2));
    }
    fields.putAll(typed);
    fields.put(pressedId, pressedId);
    String boundary = "----backoffice" + java.util.UUID.randomUUID();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (Map.Entry<String, String> f : fields.entrySet()) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
            + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(file);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String viewState(String html) {
    Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no view state in page");
    }
    return m.group(1);
  }

  /** The text content of the element with this id (nested tags stripped), or null when there is none. */
  static String textOf(String html, String id) {
    Matcher start = Pattern.compile("<(\\w+)[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
    if (!start.find()) {
      return null;
    }
    String tag = start.group(1);
    Matcher tags = Pattern.compile("<(/?)" + tag + "\\b[^>]*?(/?)>").matcher(html);
    int depth = 1;
    int from = start.end();
    tags.region(from, html.length());
    while (tags.find()) {
      if (!tags.group(2).isEmpty()) {
        continue;
      }
      depth += tags.group(1).isEmpty() ? 1 : -1;
      if (depth == 0) {
        return html.substring(from, tags.start()).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
      }
    }
    return null;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
