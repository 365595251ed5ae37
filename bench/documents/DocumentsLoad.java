import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * End-to-end load of document issuing through the REST API (JDK 17 only: java bench/documents/DocumentsLoad.java).
 * Creates an event held today, N approved requests, issues their deal packs in one bulk run, marks them paid (through
 * psql as a superuser, standing in for the bank statement import), issues the closing documents in one run, and
 * checks that the act numbers are gapless. Prints the times and the peak heap seen in /metrics while it ran.
 *
 * <p>Arguments: baseUrl requests psqlDatabase
 */
public class DocumentsLoad {

  static String base;
  static final AtomicLong peakHeap = new AtomicLong();

  public static void main(String[] args) throws Exception {
    base = args[0];
    int n = Integer.parseInt(args[1]);
    String database = args[2];
    HttpClient alice = login("alice");
    HttpClient oleg = login("oleg");
    Thread sampler = new Thread(DocumentsLoad::sampleHeap);
    sampler.setDaemon(true);
    sampler.start();

    String seller = find(get(alice, "/api/v1/legal-entities"), "\"id\":\"([^\"]+)\"[^{}]*\"inn\":\"7701000019\"");
    if (seller == null) {
      seller = find(get(alice, "/api/v1/legal-entities"), "\"inn\":\"7701000019\"[^{}]*\"id\":\"([^\"]+)\"");
    }
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
    LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Moscow")).withNano(0);
    String event =
        "{\"name\":\"Нагрузка " + UUID.randomUUID() + "\",\"startsOn\":\"" + today + "\",\"endsOn\":\"" + today
            + "\",\"venue\":\"Москва\",\"timeZone\":\"Europe/Moscow\",\"registrationOpens\":\"" + now.minusDays(5)
            + "\",\"registrationCloses\":\"" + now.plusDays(5) + "\",\"capacity\":100000,\"sellerId\":\"" + seller
            + "\",\"tariffs\":[{\"name\":\"Участие\",\"price\":\"61000.00\",\"vatMode\":\"VAT_22_INCLUDED\"}]}";
    String created = send(alice, "POST", "/api/v1/events", event, 201);
    String eventId = find(created, "\"endsOn\":\"[^\"]+\",\"id\":\"([^\"]+)\"");
    String tariffId = find(created, "\"tariffs\":\\[\\{[^}]*\"id\":\"([^\"]+)\"");
    System.out.printf("event %s, tariff %s, seller %s%n", eventId, tariffId, seller);

    long t0 = System.nanoTime();
    List<String> ids = parallel(8, n, i -> {
      String body = "{\"eventId\":\"" + eventId + "\",\"tariffId\":\"" + tariffId + "\",\"participants\":[{\"fullName\":\"Иванов Иван Иванович\",\"email\":\"i" + i + "@example.ru\",\"position\":\"Директор\"}],"
          + "\"company\":{\"entityType\":\"organisation\",\"fullName\":\"Публичное акционерное общество «Сбербанк России»\",\"shortName\":\"ПАО Сбербанк\",\"inn\":\"7707083893\",\"kpp\":\"773601001\",\"ogrn\":\"1027700132195\",\"legalAddress\":\"117312, г. Москва, ул. Вавилова, д. 19\",\"bankName\":\"ПАО Сбербанк\",\"bik\":\"044525225\",\"correspondentAccount\":\"30101810400000000225\",\"settlementAccount\":\"40702810238000139300\",\"signatoryName\":\"Греф Герман Оскарович\",\"signatoryPosition\":\"Президент\",\"signatoryBasis\":\"CHARTER\"},"
          + "\"contact\":{\"name\":\"Петрова Анна\",\"email\":\"petrova@example.ru\"}}";
      String r = send(oleg, "POST", "/api/v1/registration-requests", body, 201, "Idempotency-Key", UUID.randomUUID().toString());
      String id = find(r, "\"summary\":\\{.*?\"id\":\"([^\"]+)\"");
      String taken = send(oleg, "POST", "/api/v1/registration-requests/" + id + "/take", null, 200);
      String version = find(taken, "\"summary\":\\{.*?\"version\":(\\d+)");
      send(oleg, "POST", "/api/v1/registration-requests/" + id + "/transitions", "{\"to\":\"APPROVED\",\"version\":" + version + "}", 200);
      return id;
    });
    System.out.printf("%d approved requests in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);

    peakHeap.set(0);
    long t1 = System.nanoTime();
    String run = send(oleg, "POST", "/api/v1/documents/deal-packs", "{\"requestIds\":[\"" + String.join("\",\"", ids) + "\"]}", 202);
    String runId = find(run, "\"runId\":\"([^\"]+)\"");
    String progress;
    do {
      Thread.sleep(500);
      progress = get(oleg, "/api/v1/documents/deal-packs/" + runId);
    } while (progress.contains("\"running\":true"));
    double dealSeconds = (System.nanoTime() - t1) / 1e9;
    System.out.printf("deal packs: %s in %.1f s = %.1f documents/s, peak heap %d MB%n", find(progress, "\"issued\":(\\d+)") + " requests",
        dealSeconds, 2 * n / dealSeconds, peakHeap.get() / (1024 * 1024));

    Process psql = new ProcessBuilder("psql", "-q", "-U", "postgres", "-h", "127.0.0.1", "-d", database, "-c",
        "update registration_request set status = 'PAID' where event_id = '" + eventId + "' and status = 'DOCUMENTS_ISSUED'")
        .inheritIO().start();
    if (psql.waitFor() != 0) {
      throw new IllegalStateException("psql failed");
    }

    peakHeap.set(0);
    long t2 = System.nanoTime();
    send(oleg, "POST", "/api/v1/events/" + eventId + "/closing-documents", null, 202);
    do {
      Thread.sleep(500);
      progress = get(oleg, "/api/v1/events/" + eventId + "/closing-documents");
    } while (progress.contains("\"running\":true"));
    double closingSeconds = (System.nanoTime() - t2) / 1e9;
    System.out.printf("closing: %s of %s paid requests in %.1f s = %.1f documents/s, peak heap %d MB%n",
        find(progress, "\"issued\":(\\d+)"), find(progress, "\"paid\":(\\d+)"), closingSeconds, 2 * n / closingSeconds,
        peakHeap.get() / (1024 * 1024));

    TreeSet<Integer> acts = new TreeSet<>();
    for (int first = 0; ; first += 1000) {
      String page = get(oleg, "/api/v1/documents?kind=ACT&eventId=" + eventId + "&max=1000&first=" + first);
      Matcher m = Pattern.compile("\"number\":\"[^\"]*-(\\d+)\"").matcher(page);
      int found = 0;
      while (m.find()) {
        acts.add(Integer.parseInt(m.group(1)));
        found++;
      }
      if (found < 1000) {
        break;
      }
    }
    boolean gapless = acts.size() == n && acts.last() - acts.first() + 1 == n;
    System.out.printf("acts: %d distinct numbers %d..%d, gapless: %s%n", acts.size(), acts.first(), acts.last(), gapless);
    if (!gapless) {
      System.exit(1);
    }
  }

  interface Task {
    String run(int i) throws Exception;
  }

  static List<String> parallel(int threads, int n, Task task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<String>> futures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int k = i;
      futures.add(pool.submit(() -> task.run(k)));
    }
    List<String> out = new ArrayList<>();
    for (Future<String> f : futures) {
      out.add(f.get());
    }
    pool.shutdown();
    return out;
  }

  static void sampleHeap() {
    HttpClient c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    // MicroProfile Metrics 5 base metric (used heap, garbage not yet collected included)
    Pattern p = Pattern.compile("(?m)^memory_usedHeap_bytes\\{[^}]*\\} ([0-9.Ee+]+)");
    while (true) {
      try {
        String m = c.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher x = p.matcher(m);
        long sum = 0;
        while (x.find()) {
          sum += (long) Double.parseDouble(x.group(1));
        }
        peakHeap.accumulateAndGet(sum, Math::max);
        Thread.sleep(250);
      } catch (Exception e) {
        return;
      }
    }
  }

  static HttpClient login(String user) throws Exception {
    HttpClient c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    c.send(HttpRequest.newBuilder(URI.create(base + "/app/dashboard.xhtml")).build(), HttpResponse.BodyHandlers.discarding());
    String form = "j_username=" + user + "&j_password=" + URLEncoder.encode(System.getenv().getOrDefault("DEMO_PASSWORD", "demo-2026"), StandardCharsets.UTF_8);
    c.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check")).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    return c;
  }

  static String get(HttpClient c, String path) throws Exception {
    return send(c, "GET", path, null, 200);
  }

  static String send(HttpClient c, String method, String path, String body, int expected, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5)).header("Accept", "application/json");
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    if (body != null) {
      b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> r = c.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != expected) {
      throw new IllegalStateException(method + " " + path + " -> " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  static String find(String text, String regex) {
    Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
    return m.find() ? m.group(1) : null;
  }
}
