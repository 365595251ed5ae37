/*
 * Load generator for the registration-request REST intake and the queue query. JDK 17 only, one file:
 *
 *   java bench/IntakeLoad.java --url http://127.0.0.1:9080 --user oleg --password demo-2026 \
 *        --mode intake|queue --seconds 60 --concurrency 8 [--warmup 5] [--server-pid PID]
 *
 * It logs in through form login (GET a protected screen, POST /j_security_check, cookies kept), then:
 *   intake  each worker POSTs /api/v1/registration-requests (a fresh Idempotency-Key per request, the published
 *           requisites of ПАО Сбербанк) to the first event whose registration is open now, its first active tariff;
 *           success is 201.
 *   queue   each worker GETs /api/v1/registration-requests?first=0&max=50, then the same with &q=сбер, then with
 *           &status=NEW, round robin; success is 200.
 * The first --warmup seconds (default 5) are not counted; then --seconds (default 60) are measured. A request counts
 * when it started inside the measured window. Printed: requests, errors, sustained rate (counted requests / measured
 * seconds) and latency percentiles (nearest-rank on the sorted latencies), overall and per query for the queue,
 * and one machine-readable "RESULT ..." line per figure set for scripts. On Linux it also tells where the CPU went in
 * the measured window (from /proc): the whole machine, the server's JVM (--server-pid), this load generator, and the
 * rest (PostgreSQL and anything else running), in cores.
 * Every request loop is bounded by time; the program exits by itself.
 */

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public class IntakeLoad {

  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  public static void main(String[] args) throws Exception {
    Map<String, String> a = parseArgs(args);
    String base = stripSlash(a.getOrDefault("url", "http://127.0.0.1:9080"));
    String user = a.getOrDefault("user", "oleg");
    String password = a.getOrDefault("password", "demo-2026");
    String mode = a.getOrDefault("mode", "intake");
    int seconds = Integer.parseInt(a.getOrDefault("seconds", "60"));
    int concurrency = Integer.parseInt(a.getOrDefault("concurrency", "8"));
    int warmup = Integer.parseInt(a.getOrDefault("warmup", "5"));
    long serverPid = Long.parseLong(a.getOrDefault("server-pid", "0"));
    if (!mode.equals("intake") && !mode.equals("queue")) {
      die("--mode must be intake or queue, not " + mode);
    }
    if (seconds < 1 || seconds > 3600 || concurrency < 1 || concurrency > 512 || warmup < 0 || warmup > 600) {
      die("--seconds 1..3600, --concurrency 1..512, --warmup 0..600");
    }

    CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(Math.max(2, Math.min(concurrency, 16)), daemon("http")))
            .build();

    login(client, base, user, password);

    List<Target> targets = new ArrayList<>();
    if (mode.equals("intake")) {
      String[] ids = openEventAndTariff(client, base);
      System.out.printf("event %s, tariff %s%n", ids[0], ids[1]);
      targets.add(new Target("intake", base + "/api/v1/registration-requests", submissionBody(ids[0], ids[1]), 201));
    } else {
      String q = base + "/api/v1/registration-requests?first=0&max=50";
      targets.add(new Target("queue", q, null, 200));
      targets.add(new Target("queue-q", q + "&q=" + URLEncoder.encode("сбер", StandardCharsets.UTF_8), null, 200));
      targets.add(new Target("queue-new", q + "&status=NEW", null, 200));
    }

    // Checks each target once before the clock starts, so a broken set-up fails loudly instead of as 100% errors.
    for (Target t : targets) {
      HttpResponse<String> r = client.send(t.request(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != t.expected) {
        die(t.name + ": expected " + t.expected + ", got " + r.statusCode() + ": " + abbreviate(r.body()));
      }
    }

    System.out.printf(
        Locale.ROOT,
        "mode %s, concurrency %d, warm-up %d s, measured %d s, %s as %s%n",
        mode, concurrency, warmup, seconds, base, user);

    long start = System.nanoTime();
    long measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
    long stopAt = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(concurrency, daemon("worker"));
    List<Future<Recorder>> futures = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      int offset = w;
      futures.add(pool.submit(() -> work(client, targets, offset, measureFrom, stopAt)));
    }
    Cpu cpuFrom = Cpu.at(measureFrom, serverPid);
    Cpu cpuTo = Cpu.at(stopAt, serverPid);
    List<Recorder> recorders = new ArrayList<>();
    for (Future<Recorder> f : futures) {
      recorders.add(f.get(seconds + warmup + REQUEST_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS));
    }
    pool.shutdownNow();

    report(mode, concurrency, seconds, targets, recorders);
    Cpu.report(mode, concurrency, cpuFrom, cpuTo);
    System.exit(0);
  }

  /** One kind of request: where, what body (null for GET), which status counts as success. */
  record Target(String name, String url, String body, int expected) {
    HttpRequest request() {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).header("Accept", "application/json");
      if (body == null) {
        return b.GET().build();
      }
      return b.header("Content-Type", "application/json; charset=UTF-8")
          .header("Idempotency-Key", UUID.randomUUID().toString())
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
          .build();
    }
  }

  /** What one worker saw in the measured window: latency, status and target per request. */
  static final class Recorder {
    long[] latency = new long[4096];
    int[] status = new int[4096];
    byte[] target = new byte[4096];
    int n;
    final Map<String, String> firstErrors = new LinkedHashMap<>();

    void add(long nanos, int code, int t) {
      if (n == latency.length) {
        latency = Arrays.copyOf(latency, n * 2);
        status = Arrays.copyOf(status, n * 2);
        target = Arrays.copyOf(target, n * 2);
      }
      latency[n] = nanos;
      status[n] = code;
      target[n] = (byte) t;
      n++;
    }
  }

  static Recorder work(HttpClient client, List<Target> targets, int offset, long measureFrom, long stopAt) {
    Recorder rec = new Recorder();
    int i = offset;
    while (true) {
      long t0 = System.nanoTime();
      if (t0 >= stopAt) {
        return rec;
      }
      int ti = i++ % targets.size();
      Target t = targets.get(ti);
      int code;
      String body = null;
      try {
        HttpResponse<String> r = client.send(t.request(), HttpResponse.BodyHandlers.ofString());
        code = r.statusCode();
        body = r.body();
      } catch (IOException e) {
        code = -1;
        body = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return rec;
      }
      long t1 = System.nanoTime();
      if (t0 >= measureFrom) {
        rec.add(t1 - t0, code, ti);
        if (code != t.expected && rec.firstErrors.size() < 3) {
          rec.firstErrors.putIfAbsent(
              t.name + " " + code,
              String.format(Locale.ROOT, "(at %.1f s of the measured window, after %.1f ms) %s",
                  (t0 - measureFrom) / 1e9, (t1 - t0) / 1e6, abbreviate(body)));
        }
      }
    }
  }

  static void report(String mode, int concurrency, int seconds, List<Target> targets, List<Recorder> recorders) {
    List<String> lines = new ArrayList<>();
    if (targets.size() > 1) {
      lines.add(summarise(mode, "all", concurrency, seconds, targets, recorders, -1));
    }
    for (int t = 0; t < targets.size(); t++) {
      lines.add(summarise(mode, targets.get(t).name, concurrency, seconds, targets, recorders, t));
    }
    Map<String, String> errors = new LinkedHashMap<>();
    recorders.forEach(r -> r.firstErrors.forEach(errors::putIfAbsent));
    errors.entrySet().stream().limit(5).forEach(e -> System.out.println("  first error " + e.getKey() + ": " + e.getValue()));
    lines.forEach(System.out::println);
  }

  static String summarise(
      String mode, String name, int concurrency, int seconds, List<Target> targets, List<Recorder> recorders, int only) {
    int count = 0;
    for (Recorder r : recorders) {
      for (int k = 0; k < r.n; k++) {
        if (only < 0 || r.target[k] == only) {
          count++;
        }
      }
    }
    long[] lat = new long[count];
    int errors = 0;
    int j = 0;
    Map<Integer, Integer> byStatus = new TreeMap<>();
    for (Recorder r : recorders) {
      for (int k = 0; k < r.n; k++) {
        if (only >= 0 && r.target[k] != only) {
          continue;
        }
        lat[j++] = r.latency[k];
        byStatus.merge(r.status[k], 1, Integer::sum);
        if (r.status[k] != targets.get(r.target[k]).expected) {
          errors++;
        }
      }
    }
    Arrays.sort(lat);
    double rate = count / (double) seconds;
    String text =
        String.format(
            Locale.ROOT,
            "%-10s c=%-3d requests %7d  errors %5d  rate %8.1f req/s  p50 %8.1f  p95 %8.1f  p99 %8.1f  max %8.1f ms  statuses %s",
            name, concurrency, count, errors, rate, ms(pct(lat, 50)), ms(pct(lat, 95)), ms(pct(lat, 99)),
            ms(count == 0 ? 0 : lat[count - 1]), byStatus);
    String result =
        String.format(
            Locale.ROOT,
            "RESULT mode=%s query=%s concurrency=%d seconds=%d requests=%d errors=%d rate=%.1f p50=%.1f p95=%.1f p99=%.1f max=%.1f",
            mode, name, concurrency, seconds, count, errors, rate, ms(pct(lat, 50)), ms(pct(lat, 95)), ms(pct(lat, 99)),
            ms(count == 0 ? 0 : lat[count - 1]));
    return text + System.lineSeparator() + result;
  }

  /** Nearest-rank percentile of sorted values. */
  static long pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
  }

  static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }

  /**
   * CPU time from /proc (Linux; clock ticks of 1/100 s): the machine's busy and total time over all cores, the
   * server JVM's and this process's user+system time. Taken when the clock reaches {@code when}.
   */
  record Cpu(long wallNanos, long machineBusy, long machineTotal, long server, long self) {
    static final double TICKS_PER_SECOND = 100.0;

    static Cpu at(long when, long serverPid) throws InterruptedException {
      long wait = when - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      try {
        String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/stat")).lines().findFirst().orElseThrow()
            .trim().split("\\s+");
        long user = Long.parseLong(f[1]), nice = Long.parseLong(f[2]), system = Long.parseLong(f[3]);
        long idle = Long.parseLong(f[4]), iowait = Long.parseLong(f[5]), irq = Long.parseLong(f[6]);
        long softirq = Long.parseLong(f[7]), steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
        long busy = user + nice + system + irq + softirq + steal;
        return new Cpu(System.nanoTime(), busy, busy + idle + iowait, serverPid > 0 ? processTicks("" + serverPid) : -1,
            processTicks("self"));
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }

    static long processTicks(String pid) {
      try {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
        String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(rest[11]) + Long.parseLong(rest[12]); // utime, stime (fields 14 and 15)
      } catch (IOException | RuntimeException e) {
        return -1;
      }
    }

    static void report(String mode, int concurrency, Cpu from, Cpu to) {
      if (from == null || to == null) {
        return;
      }
      double wall = (to.wallNanos - from.wallNanos) / 1e9;
      int cores = Runtime.getRuntime().availableProcessors();
      double machine = (to.machineBusy - from.machineBusy) / TICKS_PER_SECOND / wall;
      double self = (to.self - from.self) / TICKS_PER_SECOND / wall;
      double server = from.server < 0 || to.server < 0 ? Double.NaN : (to.server - from.server) / TICKS_PER_SECOND / wall;
      double rest = machine - self - (Double.isNaN(server) ? 0 : server);
      System.out.printf(
          Locale.ROOT,
          "cpu        c=%-3d machine %.2f of %d cores busy: server JVM %.2f, load generator %.2f, rest (PostgreSQL, other) %.2f%n",
          concurrency, machine, cores, server, self, rest);
      System.out.printf(
          Locale.ROOT,
          "CPU mode=%s concurrency=%d cores=%d machine=%.2f server=%.2f loadgen=%.2f rest=%.2f%n",
          mode, concurrency, cores, machine, server, self, rest);
    }
  }

  // ---- login and discovery -------------------------------------------------------------------------------------

  static void login(HttpClient client, String base, String user, String password) throws Exception {
    // The protected screen makes the container remember where to go and show the login form.
    HttpResponse<String> first = client.send(get(base + "/app/dashboard.xhtml"), HttpResponse.BodyHandlers.ofString());
    if (first.statusCode() >= 500) {
      die("GET /app/dashboard.xhtml: " + first.statusCode());
    }
    String form =
        "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpRequest post =
        HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> r = client.send(post, HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> me = client.send(get(base + "/api/v1/me"), HttpResponse.BodyHandlers.ofString());
    if (me.statusCode() != 200) {
      die("login as " + user + " failed: j_security_check -> " + r.statusCode() + " " + r.uri() + ", /api/v1/me -> "
          + me.statusCode() + " " + abbreviate(me.body()));
    }
    System.out.println("logged in as " + user + ": " + abbreviate(me.body()));
  }

  /** The first event whose registration is open now, and its first active tariff. */
  @SuppressWarnings("unchecked")
  static String[] openEventAndTariff(HttpClient client, String base) throws Exception {
    HttpResponse<String> r = client.send(get(base + "/api/v1/events"), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      die("GET /api/v1/events: " + r.statusCode() + " " + abbreviate(r.body()));
    }
    Object parsed = new Json(r.body()).value();
    if (!(parsed instanceof List<?> events)) {
      die("GET /api/v1/events: not a JSON array");
      return null;
    }
    for (Object o : events) {
      Map<String, Object> e = (Map<String, Object>) o;
      if (!Boolean.TRUE.equals(e.get("registrationOpenNow")) || !(e.get("tariffs") instanceof List<?> tariffs)) {
        continue;
      }
      for (Object t : tariffs) {
        Map<String, Object> tariff = (Map<String, Object>) t;
        if (!Boolean.FALSE.equals(tariff.get("active"))) {
          return new String[] {(String) e.get("id"), (String) tariff.get("id")};
        }
      }
    }
    die("no event with registration open now and an active tariff among " + events.size() + " events");
    return null;
  }

  static String submissionBody(String eventId, String tariffId) {
    return """
        {"eventId":"%s","tariffId":"%s",\
        "participants":[{"fullName":"Иванов Иван Иванович","email":"ivanov@example.ru","position":"Финансовый директор"}],\
        "company":{"entityType":"organisation","fullName":"Публичное акционерное общество «Сбербанк России»",\
        "shortName":"ПАО Сбербанк","inn":"7707083893","kpp":"773601001","ogrn":"1027700132195",\
        "legalAddress":"117312, г. Москва, ул. Вавилова, д. 19","bankName":"ПАО Сбербанк","bik":"044525225",\
        "correspondentAccount":"30101810400000000225","settlementAccount":"40702810238000139300",\
        "signatoryName":"Греф Герман Оскарович","signatoryPosition":"Президент, Председатель Правления",\
        "signatoryBasis":"CHARTER"},\
        "contact":{"name":"Петрова Анна","email":"petrova@example.ru"}}"""
        .formatted(eventId, tariffId);
  }

  static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).header("Accept", "application/json").GET().build();
  }

  // ---- small helpers -------------------------------------------------------------------------------------------

  static Map<String, String> parseArgs(String[] args) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String k = args[i];
      if (k.equals("-h") || k.equals("--help")) {
        System.out.println(
            "java bench/IntakeLoad.java --url http://127.0.0.1:9080 --user oleg --password demo-2026"
                + " --mode intake|queue --seconds 60 --concurrency 8 [--warmup 5]");
        System.exit(0);
      }
      if (!k.startsWith("--") || i + 1 >= args.length) {
        die("unexpected argument " + k + " (try --help)");
      }
      m.put(k.substring(2), args[++i]);
    }
    return m;
  }

  static java.util.concurrent.ThreadFactory daemon(String prefix) {
    int[] n = {0};
    return r -> {
      Thread t = new Thread(r, prefix + "-" + (++n[0]));
      t.setDaemon(true);
      return t;
    };
  }

  static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  static String abbreviate(String s) {
    if (s == null) {
      return "";
    }
    String one = s.replaceAll("\\s+", " ");
    return one.length() > 300 ? one.substring(0, 300) + "…" : one;
  }

  static void die(String message) {
    System.err.println("IntakeLoad: " + message);
    System.exit(2);
  }

  /** A minimal JSON reader: objects become maps, arrays lists, numbers doubles (or the text for big ones). */
  static final class Json {
    private final String s;
    private int i;

    Json(String s) {
      this.s = s;
    }

    Object value() {
      ws();
      if (i >= s.length()) {
        throw error("unexpected end");
      }
      char c = s.charAt(i);
      switch (c) {
        case '{':
          return object();
        case '[':
          return array();
        case '"':
          return string();
        case 't':
          expect("true");
          return Boolean.TRUE;
        case 'f':
          expect("false");
          return Boolean.FALSE;
        case 'n':
          expect("null");
          return null;
        default:
          return number();
      }
    }

    private Map<String, Object> object() {
      Map<String, Object> m = new LinkedHashMap<>();
      i++;
      ws();
      if (peek() == '}') {
        i++;
        return m;
      }
      while (true) {
        ws();
        String k = string();
        ws();
        if (s.charAt(i++) != ':') {
          throw error("':' expected");
        }
        m.put(k, value());
        ws();
        char c = s.charAt(i++);
        if (c == '}') {
          return m;
        }
        if (c != ',') {
          throw error("',' or '}' expected");
        }
      }
    }

    private List<Object> array() {
      List<Object> l = new ArrayList<>();
      i++;
      ws();
      if (peek() == ']') {
        i++;
        return l;
      }
      while (true) {
        l.add(value());
        ws();
        char c = s.charAt(i++);
        if (c == ']') {
          return l;
        }
        if (c != ',') {
          throw error("',' or ']' expected");
        }
      }
    }

    private String string() {
      if (s.charAt(i++) != '"') {
        throw error("string expected");
      }
      StringBuilder b = new StringBuilder();
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return b.toString();
        }
        if (c != '\\') {
          b.append(c);
          continue;
        }
        char e = s.charAt(i++);
        switch (e) {
          case 'n' -> b.append('\n');
          case 't' -> b.append('\t');
          case 'r' -> b.append('\r');
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'u' -> {
            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> b.append(e);
        }
      }
    }

    private Object number() {
      int from = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      if (from == i) {
        throw error("value expected");
      }
      return Double.parseDouble(s.substring(from, i));
    }

    private void expect(String word) {
      if (!s.startsWith(word, i)) {
        throw error(word + " expected");
      }
      i += word.length();
    }

    private char peek() {
      return i < s.length() ? s.charAt(i) : '\0';
    }

    private void ws() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private IllegalArgumentException error(String what) {
      return new IllegalArgumentException("JSON: " + what + " at " + i);
    }
  }
}
