package it.cciaa.organigramma.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import it.cciaa.organigramma.web.RawExchange.Answer;
import it.cciaa.organigramma.web.RawExchange.Header;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Fuzz test: no input gives a 5xx nor a stack trace. Every route is taken from the service itself: the routes and
 * parameters its controllers declare (Spring's {@link RequestMappingHandlerMapping}, which also holds springdoc's),
 * the library queries its OpenAPI document lists ({@code /v3/api-docs}), and the actuator endpoints it exposes. Each
 * parameter gets odd values (empty, 100k characters, NUL and control characters, invalid percent-escapes and UTF-8,
 * non-IRIs, SPARQL fragments, numbers out of range, unicode oddities, repeated), each route odd {@code Accept} and
 * {@code Accept-Language} headers; then forms and bodies over Tomcat's limits, huge headers, malformed multipart and
 * SPARQL nested beyond the parser's stack. Values are sampled with a fixed seed, so a run is repeatable.
 *
 * <p>Every answer must be 2xx, 3xx or 4xx in the service's style (an HTML page, problem JSON, or a line of text with
 * the status or a bilingual reason; nothing of Java, Spring or Tomcat). The one 5xx admitted is a 503 whose reason the
 * service wrote (a query stopped at its time limit, the store not answering): that is load, not the input. The log
 * must show no stack trace, no ERROR or WARN and no line of several lines while the fuzz runs: a client error is the
 * request log's one line (logback events are caught in this JVM, where {@link LiveService} runs the service).
 */
class OddInputsIT {
    private static final long SEED = 20_261_203L;
    /** Odd values sent to each parameter: the {@link #ALWAYS} ones, then a seeded sample of the others. */
    private static final int VALUES_PER_PARAMETER = 12;
    /** Odd values sent to each path variable. */
    private static final int VALUES_PER_PATH_VARIABLE = 6;

    /** Odd parameter values, as they appear in the query string (percent-encoded, or invalid on purpose). */
    private static final Map<String, String> ODD_VALUES = new LinkedHashMap<>();
    private static final List<String> ALWAYS = List.of("empty", "100k", "NUL", "control", "bad-escape", "bad-utf8",
            "relative-iri", "sparql-injection");

    static {
        ODD_VALUES.put("empty", "");
        ODD_VALUES.put("blank", "%20%20%20");
        ODD_VALUES.put("100k", "a".repeat(100_000));
        ODD_VALUES.put("7k", "x".repeat(7_000));
        ODD_VALUES.put("NUL", "a%00b");
        ODD_VALUES.put("control", "%01%1B%5B31m%7F%0D%0AX-Injected:%201");
        ODD_VALUES.put("C1-control", "%C2%85%C2%9F");
        ODD_VALUES.put("bad-escape", "%zz");
        ODD_VALUES.put("lone-percent", "%");
        ODD_VALUES.put("bad-utf8", "%C3%28");
        ODD_VALUES.put("surrogate-utf8", "%ED%A0%80");
        ODD_VALUES.put("beyond-unicode", "%F4%90%80%80");
        ODD_VALUES.put("not-an-iri", "not%20an%20iri");
        ODD_VALUES.put("relative-iri", "foo/bar");
        ODD_VALUES.put("absolute-path", "/data/catalogo");
        ODD_VALUES.put("dot-dot", "..%2F..%2Fetc%2Fpasswd");
        ODD_VALUES.put("network-path", "%2F%2Fevil.example%2Fx");
        ODD_VALUES.put("mailto", "mailto:a@b");
        ODD_VALUES.put("file-iri", "file:%2F%2F%2Fetc%2Fpasswd");
        ODD_VALUES.put("blank-node", "_:b0");
        ODD_VALUES.put("bare-scheme", "http:%2F%2F");
        ODD_VALUES.put("iri-with-space", "http:%2F%2Fexa%20mple.org%2F");
        ODD_VALUES.put("foreign-iri", "http%3A%2F%2Fexample.org%2Fx");
        ODD_VALUES.put("iri-with-brackets", "http%3A%2F%2Fexample.org%2F%3C%3E%22%7B%7D");
        ODD_VALUES.put("specials", "%3C%3E%22%7B%7D%7C%5E%60%5C");
        ODD_VALUES.put("sparql-injection", URLEncoder.encode("x\" } ; DROP ALL ; #", StandardCharsets.UTF_8));
        ODD_VALUES.put("sparql-union", URLEncoder.encode("> } UNION { ?s ?p ?o } #", StandardCharsets.UTF_8));
        ODD_VALUES.put("sparql-variable", "%3Fs");
        ODD_VALUES.put("script", URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8));
        ODD_VALUES.put("negative", "-1");
        ODD_VALUES.put("zero", "0");
        ODD_VALUES.put("huge-number", "99999999999999999999");
        ODD_VALUES.put("int-overflow", "2147483648");
        ODD_VALUES.put("float", "1e309");
        ODD_VALUES.put("nan", "NaN");
        ODD_VALUES.put("hex", "0x10");
        ODD_VALUES.put("bad-date", "2025-13-45");
        ODD_VALUES.put("unicode-oddities", "%EF%BB%BF%E2%80%AE%F0%9F%98%80e%CC%81%E2%80%8B%EF%BC%A1");
        ODD_VALUES.put("replacement-char", "%EF%BF%BD");
        ODD_VALUES.put("repeated", "a&{name}=b&{name}=");
    }

    /** Odd {@code Accept} headers; null: none, "": an empty one. */
    private static final List<String> ODD_ACCEPTS = List.of("", "*/", "text/csv", "application/x-unknown", "garbage",
            ";;;", ",,,", "text/html;q=abc", "application/json;q=2", "*/*;q=0", "*/*;q=0.5;q=0.6", "text/*",
            "image/png", "text/plain;charset=nope", "application/json, text/html;q=", "x".repeat(6_000),
            "text/html;level=1;;", "application/ld+json;profile=\"", "\u00e9/\u00e8");
    private static final List<String> ODD_LANGUAGES = List.of("", ";;;q=x", "*", "it;q=abc",
            "xx-XXXXXXXXXXXXXXXX-yyy", "l".repeat(3_000), "\u00e9");
    /** The {@code Accept} headers the parameter fuzz rotates through. */
    private static final List<String> ROTATING_ACCEPTS = java.util.Arrays.asList(null, "text/html", "application/json",
            "text/csv", "*/*");

    /** Sample values for path variables and for the {@code /**} patterns of the linked-data controller. */
    private static final Map<String, String> PATH_SAMPLES = Map.of("ente", "cciaa-di-foggia", "unit", "ufficio-2-1",
            "revision", "2024", "notation", "A1", "key", "2025-01-01", "file", "organigramma.trig");
    private static final Map<String, String> WILDCARD_SAMPLES = Map.of("/data/**", "/data/catalogo",
            "/graph/**", "/graph/catalogo", "/onto/**", "/onto/organigramma",
            "/controlled-vocabulary/**", "/controlled-vocabulary/mappa-processi/2024", "/shapes/**", "/shapes/x");
    /** The actuator endpoints application.properties exposes (their own handler mapping, not the controllers'). */
    private static final List<String> ACTUATOR = List.of("/actuator", "/actuator/health", "/actuator/health/liveness",
            "/actuator/health/readiness", "/actuator/info", "/actuator/prometheus", "/actuator/metrics",
            "/actuator/metrics/jvm.memory.used");

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([A-Za-z]+)(?::[^}]*)?}");
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "org.springframework", "org.apache",
            "java.lang", "\"timestamp\"", "Whitelabel");

    private static LiveService service;
    private static ListAppender<ILoggingEvent> log;
    private static final List<String> PROBLEMS = Collections.synchronizedList(new ArrayList<>());
    private static int requests;

    /** A route: method, path with its variables filled, the parameters it reads, the values it is only reached with. */
    record Route(String method, String path, Set<String> parameters, Map<String, String> fixed) {}

    @BeforeAll
    static void listen() {
        service = LiveService.get();
        LoggerContext logs = (LoggerContext) LoggerFactory.getILoggerFactory();
        log = new ListAppender<>();
        log.setContext(logs);
        log.start();
        logs.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(log);
    }

    @AfterAll
    static void stopListening() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .detachAppender(log);
    }

    @Test
    void noOddInputGetsAServerErrorOrAStackTrace() throws Exception {
        long start = System.nanoTime();
        List<Route> routes = routes();
        assertThat(routes.stream().map(Route::path)).as("routes found").contains("/sparql", "/organigramma",
                "/api/queries/organigram/units", "/api/search", "/risorsa", "/actuator/prometheus");
        Random random = new Random(SEED);
        for (Route route : routes) {
            for (String parameter : route.parameters()) {
                for (String kind : sample(random)) {
                    String value = ODD_VALUES.get(kind).replace("{name}", parameter);
                    Map<String, String> query = new LinkedHashMap<>(route.fixed());
                    query.put(parameter, value);
                    exchange(route, route.path(), query, ROTATING_ACCEPTS.get(requests % ROTATING_ACCEPTS.size()),
                            null, parameter + "=" + kind);
                }
            }
            Matcher variables = PATH_VARIABLE.matcher(template(route));
            while (variables.find()) {
                List<String> kinds = new ArrayList<>(ODD_VALUES.keySet());
                Collections.shuffle(kinds, random);
                for (String kind : kinds.subList(0, VALUES_PER_PATH_VARIABLE)) {
                    String path = route.path().replaceFirst(Pattern.quote(PATH_SAMPLES.get(variables.group(1))),
                            Matcher.quoteReplacement(ODD_VALUES.get(kind).replace("{name}", "x")));
                    exchange(route, path, route.fixed(), "text/html", null, "{" + variables.group(1) + "}=" + kind);
                }
            }
            for (String accept : ODD_ACCEPTS) {
                exchange(route, route.path(), route.fixed(), accept, null, "Accept: " + shorten(accept));
            }
            for (String language : ODD_LANGUAGES) {
                exchange(route, route.path(), route.fixed(), "text/html", language, "Accept-Language: "
                        + shorten(language));
            }
        }
        overLimits();
        report(start);
    }

    /** Forms, bodies and headers over Tomcat's limits, malformed multipart, SPARQL nested beyond the stack. */
    private void overLimits() throws IOException {
        Route sparql = new Route("POST", "/sparql", Set.of(), Map.of());
        byte[] sixMegabytes = ("query=" + "a".repeat(6 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII);
        body(sparql, "application/x-www-form-urlencoded", sixMegabytes, "6 MB form");
        StringBuilder many = new StringBuilder("query=ASK%7B%7D");
        for (int i = 0; i < 20_000; i++) {
            many.append("&p").append(i).append("=1");
        }
        body(sparql, "application/x-www-form-urlencoded", many.toString().getBytes(StandardCharsets.US_ASCII),
                "20,000 parameters");
        body(sparql, "application/x-www-form-urlencoded", "query=ASK%7B%zz%7D".getBytes(StandardCharsets.US_ASCII),
                "form with a bad escape");
        body(sparql, "application/sparql-query", new byte[7 * 1024 * 1024], "7 MB query body");
        body(sparql, "application/sparql-query; charset=nope", "ASK {}".getBytes(StandardCharsets.US_ASCII),
                "unknown charset");
        body(sparql, ";;;", "ASK {}".getBytes(StandardCharsets.US_ASCII), "malformed Content-Type");
        body(sparql, "multipart/form-data; boundary=XX", "--XX\r\nContent-Disposition: form-data; name=\"query\""
                + "\r\n\r\nASK {}\r\n--XX--\r\n", "multipart to /sparql");
        for (Map.Entry<String, String> deep : deepQueries().entrySet()) {
            body(sparql, "application/sparql-query", deep.getValue(), deep.getKey());
            body(sparql, "application/x-www-form-urlencoded", "query=" + URLEncoder.encode(deep.getValue(),
                    StandardCharsets.UTF_8), deep.getKey() + " (form)");
        }

        Route verify = new Route("POST", "/edizioni/verifica", Set.of(), Map.of());
        body(verify, "multipart/form-data; boundary=XX", "--XX\r\nContent-Disposition: form-data; name=\"documento\"; "
                + "filename=\"a.txt\"\r\n\r\ntroncato", "truncated multipart");
        body(verify, "multipart/form-data", "garbage", "multipart without boundary");
        body(verify, "multipart/form-data; boundary=", "garbage", "multipart with an empty boundary");
        body(verify, "multipart/form-data; boundary=XX", "--XX\r\nnot a header\r\n\r\nx\r\n--XX--\r\n",
                "multipart with a bad part header");
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            parts.append("--XX\r\nContent-Disposition: form-data; name=\"p").append(i).append("\"\r\n\r\nv\r\n");
        }
        body(verify, "multipart/form-data; boundary=XX", parts + "--XX--\r\n", "200 multipart parts");
        body(verify, "multipart/form-data; boundary=XX", "--XX\r\nContent-Disposition: form-data; name=\"documento\"; "
                + "filename=\"a.txt\"\r\n" + "X: " + "h".repeat(4_000) + "\r\n\r\nx\r\n--XX--\r\n", "huge part header");
        body(verify, "multipart/form-data; boundary=XX", new byte[7 * 1024 * 1024], "7 MB multipart");
        body(verify, "text/plain", new byte[7 * 1024 * 1024], "7 MB text body");
        body(verify, "text/plain", "\u0000\u0001 not an Allegato", "binary text body");
        body(verify, "/edizioni/verifica?data=%zz", "multipart/form-data; boundary=XX", ("--XX\r\nContent-Disposition: "
                + "form-data; name=\"documento\"; filename=\"a.txt\"\r\n\r\nx\r\n--XX--\r\n")
                .getBytes(StandardCharsets.UTF_8), List.of(), "multipart with a bad escape in the query string");

        Route home = new Route("GET", "/", Set.of(), Map.of());
        send(home, "/", List.of(new Header("X-Big", "b".repeat(20_000))), null, "20 KB header");
        List<Header> headers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            headers.add(new Header("X-H" + i, "v"));
        }
        send(home, "/", headers, null, "300 headers");
        send(home, "/?" + "a".repeat(100_000), List.of(), null, "100k query string");
        send(home, "/", List.of(new Header("Accept", "text/html\u0000")), null, "NUL in Accept");
    }

    /** SPARQL queries nested deeper than a thread's stack can follow (here or in the store), each under 100,000 characters. */
    private static Map<String, String> deepQueries() {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("8,000-step property path", "SELECT * WHERE { ?s " + String.join("/",
                Collections.nCopies(8_000, "<p>")) + " ?o }");
        queries.put("8,000 alternatives", "SELECT * WHERE { ?s " + String.join("|",
                Collections.nCopies(8_000, "<p>")) + " ?o }");
        queries.put("8,000-term sum", "SELECT * WHERE { FILTER(" + String.join("+", Collections.nCopies(8_000, "1"))
                + ") }");
        queries.put("1,000-term sum (the store's parser overflowed)", "SELECT * WHERE { FILTER(" + String.join("+",
                Collections.nCopies(1_000, "1")) + ") }");
        queries.put("3,000 alternatives (the store overflowed)", "SELECT * WHERE { ?s " + String.join("|",
                Collections.nCopies(3_000, "<p>")) + " ?o }");
        queries.put("5,000 nested brackets", "SELECT * WHERE { FILTER(" + "(".repeat(5_000) + "1" + ")".repeat(5_000)
                + ") }");
        queries.put("5,000 nested groups", "SELECT * WHERE { " + "{".repeat(5_000) + "}".repeat(5_000) + " }");
        queries.put("3,000 nested path groups", "SELECT * WHERE { ?s " + "(".repeat(3_000) + "<p>"
                + ")".repeat(3_000) + " ?o }");
        queries.put("2,000 nested OPTIONALs", "SELECT * WHERE { " + "OPTIONAL { ?s ?p ?o ".repeat(2_000)
                + "}".repeat(2_000) + " }");
        return queries;
    }

    /** The routes: controllers' mappings, OpenAPI's library queries, the actuator. */
    private List<Route> routes() {
        Map<String, Route> routes = new TreeMap<>();
        RequestMappingHandlerMapping mapping = service.context().getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        mapping.getHandlerMethods().forEach((info, handler) -> {
            Set<String> parameters = new TreeSet<>();
            for (MethodParameter parameter : handler.getMethodParameters()) {
                RequestParam named = parameter.getParameterAnnotation(RequestParam.class);
                if (named != null && !Map.class.isAssignableFrom(parameter.getParameterType())) {
                    parameters.add(!named.name().isEmpty() ? named.name() : !named.value().isEmpty() ? named.value()
                            : parameter.getParameterName());
                }
            }
            Map<String, String> fixed = new TreeMap<>();
            info.getParamsCondition().getExpressions().stream().filter(e -> !e.isNegated() && e.getValue() != null)
                    .forEach(e -> fixed.put(e.getName(), e.getValue()));
            parameters.removeAll(fixed.keySet());
            for (String pattern : info.getPatternValues()) {
                String path = concrete(pattern);
                if (path == null) {
                    continue;
                }
                for (String method : methods(info)) {
                    routes.merge(method + " " + path + " " + fixed, new Route(method, path, parameters, fixed),
                            (a, b) -> new Route(a.method(), a.path(), union(a.parameters(), b.parameters()), a.fixed()));
                }
            }
        });
        JsonObject openApi = JSON.parse(service.get("/v3/api-docs", "application/json").body());
        for (Map.Entry<String, JsonValue> path : openApi.get("paths").getAsObject().entrySet()) {
            if (path.getKey().contains("*") || path.getKey().contains("{")) {
                continue;
            }
            for (Map.Entry<String, JsonValue> operation : path.getValue().getAsObject().entrySet()) {
                Set<String> parameters = new TreeSet<>();
                Map<String, String> required = new TreeMap<>();
                JsonValue declared = operation.getValue().getAsObject().get("parameters");
                if (declared != null) {
                    declared.getAsArray().forEach(p -> {
                        String name = p.getAsObject().getString("name");
                        if ("query".equals(p.getAsObject().getString("in"))) {
                            parameters.add(name);
                            if (p.getAsObject().hasKey("required") && p.getAsObject().get("required").getAsBoolean()
                                    .value()) {
                                required.put(name, validValue(name));
                            }
                        }
                    });
                }
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                routes.merge(method + " " + path.getKey() + " " + Map.of(), new Route(method, path.getKey(),
                        parameters, required), (a, b) -> new Route(a.method(), a.path(),
                        union(a.parameters(), b.parameters()), b.fixed()));
            }
        }
        ACTUATOR.forEach(path -> routes.putIfAbsent("GET " + path, new Route("GET", path, Set.of(), Map.of())));
        return new ArrayList<>(routes.values());
    }

    private static List<String> methods(RequestMappingInfo info) {
        Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
        return declared.isEmpty() ? List.of("GET") : declared.stream().map(Enum::name).sorted().toList();
    }

    /** A pattern with its variables filled with samples; null for one no sample fills. */
    private static String concrete(String pattern) {
        if (pattern.contains("**")) {
            return pattern.equals("/api/queries/**") ? null : WILDCARD_SAMPLES.get(pattern);
        }
        Matcher variable = PATH_VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String sample = PATH_SAMPLES.get(variable.group(1));
            if (sample == null) {
                return null;
            }
            variable.appendReplacement(path, sample);
        }
        variable.appendTail(path);
        return path.toString();
    }

    /** The pattern a route came from, rebuilt from its samples (to find its path variables again). */
    private static String template(Route route) {
        String template = route.path();
        for (Map.Entry<String, String> sample : PATH_SAMPLES.entrySet()) {
            if (template.contains("/" + sample.getValue())) {
                template = template.replace("/" + sample.getValue(), "/{" + sample.getKey() + "}");
            }
        }
        return template;
    }

    /** A value a required library parameter accepts, so that fuzzing the others reaches the query. */
    private String validValue(String name) {
        return switch (name) {
            case "activity", "notation", "code" -> "A1";
            case "ente" -> "cciaa-di-foggia";
            default -> URLEncoder.encode(service.iri("/graph/catalogo"), StandardCharsets.UTF_8);
        };
    }

    private static List<String> sample(Random random) {
        List<String> others = new ArrayList<>(ODD_VALUES.keySet());
        others.removeAll(ALWAYS);
        Collections.shuffle(others, random);
        List<String> kinds = new ArrayList<>(ALWAYS);
        kinds.addAll(others.subList(0, VALUES_PER_PARAMETER - ALWAYS.size()));
        return kinds;
    }

    private void exchange(Route route, String path, Map<String, String> query, String accept, String language,
            String what) throws IOException {
        List<Header> headers = new ArrayList<>();
        if (accept != null) {
            headers.add(new Header("Accept", accept));
        }
        if (language != null) {
            headers.add(new Header("Accept-Language", language));
        }
        StringBuilder text = new StringBuilder();
        query.forEach((name, value) -> text.append(text.isEmpty() ? "" : "&").append(name).append('=').append(value));
        if (route.method().equals("POST") && !route.path().startsWith("/admin")) {
            body(route, path, "application/x-www-form-urlencoded", text.toString().getBytes(StandardCharsets.UTF_8),
                    headers, what);
        } else {
            if (route.path().startsWith("/admin") && route.method().equals("GET")) {
                headers.add(new Header("Authorization", LiveService.READER.basic()));
            }
            send(route, path + (text.isEmpty() ? "" : "?" + text), headers, null, what);
        }
    }

    private void body(Route route, String contentType, String body, String what) throws IOException {
        body(route, contentType, body.getBytes(StandardCharsets.UTF_8), what);
    }

    private void body(Route route, String contentType, byte[] body, String what) throws IOException {
        body(route, route.path(), contentType, body, List.of(new Header("Accept", "text/plain")), what);
    }

    private void body(Route route, String path, String contentType, byte[] body, List<Header> headers, String what)
            throws IOException {
        List<Header> all = new ArrayList<>(headers);
        all.add(new Header("Content-Type", contentType));
        send(route, path, all, body, what);
    }

    private void send(Route route, String target, List<Header> headers, byte[] body, String what) throws IOException {
        URI base = URI.create(service.url("/"));
        requests++;
        String request = route.method() + " " + shorten(target) + " [" + what + "]";
        Answer answer;
        try {
            answer = RawExchange.send(base.getHost(), base.getPort(), route.method(), target, headers, body);
        } catch (IOException noAnswer) {
            PROBLEMS.add(request + ": no answer (" + noAnswer + ")");
            return;
        }
        String problem = problemWith(answer);
        if (problem != null) {
            PROBLEMS.add(request + ": " + problem);
        }
    }

    /** What is wrong with an answer, or null. */
    static String problemWith(Answer answer) {
        int status = answer.status();
        String body = answer.body();
        if (status >= 500 && status != 503) { // a 503 names a state (no edition yet, store down): checked for style below
            return status + " " + shorten(body);
        }
        if (status < 400) {
            return null;
        }
        for (String internal : INTERNALS) {
            if (body.contains(internal)) {
                return status + " shows '" + internal.strip() + "': " + shorten(body);
            }
        }
        String type = answer.header("Content-Type");
        if (body.isBlank()) {
            return status + " with an empty body";
        }
        if (type.startsWith("text/html")) {
            return body.contains("<html") ? null : status + " HTML without a page: " + shorten(body);
        }
        if (type.startsWith("application/problem+json")) {
            return body.contains("\"status\":" + status) ? null : status + " problem JSON without its status";
        }
        if (type.startsWith("text/plain")) {
            return body.startsWith(status + " ") || body.contains(" / ") ? null
                    : status + " text not in the service's style: " + shorten(body);
        }
        return status + " answered as '" + type + "', not in the service's style: " + shorten(body);
    }

    private void report(long start) {
        List<String> logProblems = new ArrayList<>();
        synchronized (log) {
            for (ILoggingEvent event : log.list) {
                String message = event.getFormattedMessage();
                if (event.getThrowableProxy() != null) {
                    logProblems.add("stack trace (" + event.getThrowableProxy().getClassName() + ") after: "
                            + event.getLoggerName() + " " + shorten(message));
                } else if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
                    logProblems.add("ERROR: " + event.getLoggerName() + " " + shorten(message));
                } else if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
                    logProblems.add("a WARN beside the request's line: " + event.getLoggerName() + " "
                            + shorten(message));
                } else if (message != null && message.strip().contains("\n")) {
                    logProblems.add("a line of several lines: " + event.getLoggerName() + " " + shorten(message));
                }
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        System.out.printf("OddInputsIT: %d requests in %d s, %d answers wrong, %d log problems%n", requests, seconds,
                PROBLEMS.size(), logProblems.size());
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(PROBLEMS).as(PROBLEMS.size() + " of " + requests + " answers").isEmpty();
            soft.assertThat(logProblems).as("the service's log during the fuzz").isEmpty();
        });
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new TreeSet<>(a);
        union.addAll(b);
        return union;
    }

    private static String shorten(String text) {
        if (text == null) {
            return "null";
        }
        String oneLine = text.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "… (" + oneLine.length() + " chars)" : oneLine;
    }
}
