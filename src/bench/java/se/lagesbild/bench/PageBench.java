package se.lagesbild.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests pages of the running application as signed-in browsers do, over loopback: each user signs in through
 * the login form (CSRF token from the page, session cookie {@code LAGESBILD_SESSION} kept), then asks for pages one
 * after the other with no think time. The time is from sending the request to the last byte of the answer.
 */
final class PageBench {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    /** One signed-in browser. */
    static final class User {
        private final HttpClient client;
        private final String baseUrl;

        private User(HttpClient client, String baseUrl) {
            this.client = client;
            this.baseUrl = baseUrl;
        }

        static User signIn(String baseUrl, String username, String password) throws IOException, InterruptedException {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            var login = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(login.body());
            if (!m.find()) {
                throw new IllegalStateException("no _csrf field on /login (status " + login.statusCode() + ")");
            }
            String token = m.group(1) != null ? m.group(1) : m.group(2);
            String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token);
            var posted = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            String location = posted.headers().firstValue("Location").orElse("");
            if (posted.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("sign-in as " + username + " failed: " + posted.statusCode() + " "
                        + location);
            }
            return new User(client, baseUrl);
        }

        /** Milliseconds to the last byte; fails on anything but 200. */
        double get(String path) throws IOException, InterruptedException {
            long started = System.nanoTime();
            var response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            double millis = (System.nanoTime() - started) / 1e6;
            if (response.statusCode() != 200) {
                throw new PageUnavailable(path, response.statusCode());
            }
            return millis;
        }

        int status(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    static final class PageUnavailable extends RuntimeException {
        PageUnavailable(String path, int status) {
            super(path + " answered " + status);
        }
    }

    private PageBench() {
    }

    /** One user, requests one after the other: {@code warmUp} unmeasured, then {@code runs} measured. */
    static double[] sequential(User user, List<String> paths, int warmUp, int runs)
            throws IOException, InterruptedException {
        for (int i = 0; i < warmUp; i++) {
            user.get(paths.get(i % paths.size()));
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            millis[i] = user.get(paths.get(i % paths.size()));
        }
        return millis;
    }

    /**
     * {@code users.size()} users at once, each asking {@code runsEach} times (its own start in {@code paths}, so
     * that users spread over them); closed loop, either back to back ({@code thinkMillis} 0: as many requests in
     * flight as users) or with a random pause around {@code thinkMillis} before each request; all samples together.
     */
    static double[] concurrent(List<User> users, List<String> paths, int runsEach, long thinkMillis)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        var start = new CountDownLatch(1);
        try {
            var futures = new ArrayList<Future<double[]>>();
            for (int u = 0; u < users.size(); u++) {
                User user = users.get(u);
                int offset = u;
                futures.add(pool.submit(() -> {
                    start.await();
                    var random = new Random(offset);
                    double[] millis = new double[runsEach];
                    for (int i = 0; i < runsEach; i++) {
                        if (thinkMillis > 0) {
                            // reading the page: half to one and a half times the think time
                            Thread.sleep(thinkMillis / 2 + (long) (random.nextDouble() * thinkMillis));
                        }
                        millis[i] = user.get(paths.get((offset + i) % paths.size()));
                    }
                    return millis;
                }));
            }
            start.countDown();
            var all = new ArrayList<Double>();
            for (Future<double[]> future : futures) {
                for (double value : future.get()) {
                    all.add(value);
                }
            }
            return all.stream().mapToDouble(Double::doubleValue).toArray();
        } finally {
            pool.shutdown();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
