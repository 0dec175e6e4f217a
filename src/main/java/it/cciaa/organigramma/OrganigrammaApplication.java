package it.cciaa.organigramma;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The web service: embedded (or remote) store, public SPARQL endpoint, linked-data pages and APIs. */
@SpringBootApplication
@ConfigurationPropertiesScan
@org.springframework.scheduling.annotation.EnableScheduling
public class OrganigrammaApplication {
    public static void main(String[] args) {
        SpringApplication.run(OrganigrammaApplication.class, args);
    }
}
