package it.cciaa.organigramma.security;

import jakarta.servlet.DispatcherType;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. Reads are public, and so are the two POSTs that only read ({@code /sparql} queries and the dry-run
 * {@code /edizioni/verifica}); those requests go through a chain that never looks at credentials, but for health and
 * the dry run, whose credentials are checked when sent. Every other request needs HTTP Basic credentials of a
 * {@code kg.users} user: {@code GET}/{@code HEAD} of {@code /admin/**} and of the operations' endpoints
 * ({@code /actuator/**} but health: metrics, Prometheus, info) a reader or an editor, anything else (publishing,
 * SPARQL Update, Graph Store writes, any other method on any path) an editor. Failed logins are limited
 * ({@link FailedLogins}).
 * No sessions, no cookies; Spring's strict firewall refuses ambiguous paths ({@code ;}, {@code //}, {@code %2e}…)
 * with a 400 before any rule is read. Without users, every protected request answers 401 and a warning at start
 * says how to add one; there is never a default or generated password.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> ADMIN_READS = Set.of("GET", "HEAD");

    private final RefusalAnswers refusals = new RefusalAnswers();

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The users of {@code kg.users} ({@code KG_USERS}); a malformed entry stops the start here. */
    @Bean
    UserAccounts userAccounts(Environment environment) {
        UserAccounts accounts = UserAccounts.parse(environment.getProperty("kg.users"));
        if (accounts.isEmpty()) {
            LOG.warn("No user configured: publishing, SPARQL Update, Graph Store writes and /admin answer 401. "
                    + "To enable them, hash a password with 'java -jar organigramma-kg.jar hash-password' and start "
                    + "with KG_USERS='name=editor:{bcrypt}$2a$…' (or --kg.users=…; entries name=role:{id}hash "
                    + "separated by spaces, roles editor and reader; quote the value so that '$' survives). "
                    + "See docs/security.md.");
        } else {
            LOG.info("Users of the administration: {}", accounts.accounts());
        }
        return accounts;
    }

    /**
     * Failed logins per client and per user name, {@code kg.login-failures-per-minute}
     * ({@code KG_LOGIN_FAILURES_PER_MINUTE}, default 20) of each a minute; past them, 429 without a password check.
     */
    @Bean
    FailedLogins failedLogins(Environment environment) {
        return FailedLogins.of(environment.getProperty("kg.login-failures-per-minute", "20"));
    }

    /** The only source of users: Spring Boot's default user (and its generated password) is never created. */
    @Bean
    UserDetailsService userDetailsService(UserAccounts accounts) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        for (UserAccounts.Account account : accounts.accounts()) {
            users.createUser(User.withUsername(account.name()).password(account.passwordHash())
                    .roles(account.role().grantedRoles().toArray(String[]::new)).build());
        }
        return users;
    }

    /**
     * Open to everyone, credentials checked when sent: health (status only, for probes and load balancers; with a
     * reader's or an editor's credentials also the details, {@code management.endpoint.health.show-details=
     * when-authorized}, such as why the store cannot be reached) and the dry run {@code POST /edizioni/verifica}
     * (an editor's has a slot the public cannot take: {@code publication/EditionService}). Wrong credentials answer
     * 401 and count as a failed login.
     */
    @Bean
    @Order(0)
    SecurityFilterChain credentialsWhenSent(HttpSecurity http, FailedLogins failures) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher open = new OrRequestMatcher(paths.matcher(HttpMethod.GET, "/actuator/health/**"),
                paths.matcher(HttpMethod.HEAD, "/actuator/health/**"),
                paths.matcher(HttpMethod.POST, "/edizioni/verifica"));
        return stateless(http.securityMatcher(open))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .httpBasic(basic -> basic.realmName(RefusalAnswers.REALM).authenticationEntryPoint(refusals))
                .addFilterBefore(new FailedLoginFilter(failures), BasicAuthenticationFilter.class)
                .build();
    }

    /**
     * The public chain: reads outside {@code /admin} and {@code /actuator}, and the POSTs that only read. Credentials
     * are ignored. Nothing may be framed ({@code X-Frame-Options: DENY}) but a drawing asked for as {@code ?format=svg}
     * ({@code SAMEORIGIN}), which the organigram page shows in an {@code <object>}, a frame to browsers.
     */
    @Bean
    @Order(1)
    SecurityFilterChain publicRequests(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher publicRequests = new OrRequestMatcher(
                new AndRequestMatcher(method(READS), new NegatedRequestMatcher(usersOnly(paths))),
                paths.matcher(HttpMethod.POST, "/sparql"));
        RequestMatcher svg = request -> "svg".equals(request.getParameter("format"));
        return stateless(http.securityMatcher(publicRequests))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // The answers' own caching (ETag, Last-Modified, Cache-Control) stays as the service sets it.
                .headers(headers -> headers.cacheControl(cache -> cache.disable())
                        .frameOptions(frames -> frames.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(svg,
                                new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(svg),
                                new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY))))
                .build();
    }

    /** Everything else: HTTP Basic, readers may read {@code /admin/**} and the metrics, editors may do anything. */
    @Bean
    @Order(2)
    SecurityFilterChain protectedRequests(HttpSecurity http, FailedLogins failures) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return stateless(http)
                .authorizeHttpRequests(requests -> requests
                        // a forward or an error page continues a request that was already allowed
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC)
                        .permitAll()
                        .requestMatchers(new AndRequestMatcher(method(ADMIN_READS), usersOnly(paths)))
                        .hasAnyRole("READER", "EDITOR")
                        .anyRequest().hasRole("EDITOR"))
                .httpBasic(basic -> basic.realmName(RefusalAnswers.REALM).authenticationEntryPoint(refusals))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .addFilterBefore(new CrossSiteWriteFilter(), BasicAuthenticationFilter.class)
                .addFilterBefore(new FailedLoginFilter(failures), BasicAuthenticationFilter.class)
                .build();
    }

    /** Ambiguous paths answer 400 in the service's error style, not with a stack trace or the server's page. */
    @Bean
    WebSecurityCustomizer rejectedRequests() {
        return web -> web.requestRejectedHandler(refusals);
    }

    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // no session, so no token; CrossSiteWriteFilter guards writes
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable());
    }

    /**
     * The paths only users read: the administration, and the operations' endpoints (metrics, Prometheus, info: what
     * the service does and how much, for its operators); health is answered before, by {@link #credentialsWhenSent}.
     */
    private static RequestMatcher usersOnly(PathPatternRequestMatcher.Builder paths) {
        return new OrRequestMatcher(paths.matcher("/admin"), paths.matcher("/admin/**"), paths.matcher("/actuator"),
                paths.matcher("/actuator/**"));
    }

    private static RequestMatcher method(Set<String> methods) {
        return request -> methods.contains(request.getMethod());
    }
}
