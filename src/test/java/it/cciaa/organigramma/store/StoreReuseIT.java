package it.cciaa.organigramma.store;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.OrganigrammaApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded store is loaded on first start and reused, as it is, on the next. */
class StoreReuseIT {

    @Test
    void aSecondStartReusesTheStoreItFindsInTheDataDirectory() throws Exception {
        Path dataDir = Files.createTempDirectory("kg-reuse-");
        Instant firstLoad = startAndReadVersion(dataDir);
        assertThat(firstLoad).isAfter(Instant.EPOCH);
        assertThat(dataDir.resolve("tdb2")).isDirectory();
        Instant secondStart = startAndReadVersion(dataDir);
        assertThat(secondStart).isEqualTo(firstLoad);
    }

    private static Instant startAndReadVersion(Path dataDir) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OrganigrammaApplication.class)
                .run("--server.port=0", "--kg.data-dir=" + dataDir)) {
            return context.getBean(StoreVersion.class).modified();
        }
    }
}
