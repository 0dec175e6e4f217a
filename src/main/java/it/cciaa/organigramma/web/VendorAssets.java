package it.cciaa.organigramma.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;

/**
 * The third-party browser files the application ships, {@code static/vendor/NAME/VERSION/} (YASGUI for the SPARQL
 * page): a version's folder never changes, so browsers keep its files for a year without asking again, and a
 * file's gzip copy beside it ({@code .gz}) goes to browsers that accept gzip.
 */
@Configuration(proxyBeanMethods = false)
class VendorAssets implements WebMvcConfigurer {
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/vendor/**").addResourceLocations("classpath:/static/vendor/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true).addResolver(new EncodedResourceResolver());
    }
}
