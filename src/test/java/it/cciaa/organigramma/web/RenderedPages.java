package it.cciaa.organigramma.web;

import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.w3c.dom.Document;

/**
 * The service's templates rendered without a server, for pages whose interesting states the live service cannot show
 * (a diff with changes, a validation made in memory): the templates of {@code src/main/resources/templates} with the
 * {@code linkedDataLinks} bean on the default base, parsed as strict XHTML by {@link HtmlPages}.
 *
 * <pre>{@code
 * Document page = RenderedPages.page("edition/diff", Map.of("page", diffPage, "iri", iri));
 * }</pre>
 */
public final class RenderedPages {
    private static final SpringTemplateEngine ENGINE = engine();
    private static final StaticApplicationContext BEANS = beans();

    private RenderedPages() {}

    /** A whole page, parsed. */
    public static Document page(String template, Map<String, Object> variables) {
        return HtmlPages.parse(render(template, Set.of(), variables));
    }

    /** One fragment of a template (by its th:fragment name), inside a {@code div}, parsed. */
    public static Document fragment(String template, String fragment, Map<String, Object> variables) {
        return HtmlPages.parse("<div>" + render(template, Set.of(fragment), variables) + "</div>");
    }

    private static String render(String template, Set<String> selectors, Map<String, Object> variables) {
        MockServletContext servletContext = new MockServletContext();
        var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(new MockHttpServletRequest(servletContext), new MockHttpServletResponse());
        Map<String, Object> all = new HashMap<>(variables);
        all.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(BEANS, null));
        return ENGINE.process(template, selectors, new WebContext(exchange, Locale.ITALIAN, all));
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private static StaticApplicationContext beans() {
        StaticApplicationContext context = new StaticApplicationContext();
        context.getBeanFactory().registerSingleton("linkedDataLinks",
                new LinkedDataLinks(new it.cciaa.organigramma.store.KgProperties(ServiceIris.DEFAULT_BASE,
                        java.nio.file.Path.of("run"), "", "", "", "", "", "", java.time.Duration.ofSeconds(10),
                        java.time.Duration.ofSeconds(60), 10_000, 16_777_216, null, null)));
        context.refresh();
        return context;
    }
}
