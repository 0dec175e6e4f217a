package it.cciaa.organigramma.edition;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The editor the publishing tests configure on their service, and how its clients present themselves. */
public final class TestEditors {
    public static final String EDITOR = "redazione";
    public static final String PASSWORD = "una-password-di-prova-lunga";
    private static final String HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);

    private TestEditors() {}

    /** The service's environment: one editor, its password stored hashed (KG_USERS). */
    public static Map<String, String> environment() {
        return Map.of("KG_USERS", EDITOR + "=editor:" + HASH);
    }

    /** The command line's environment: the editor's password, as an editor would export it. */
    public static Map<String, String> commandEnvironment() {
        return Map.of("KG_PASSWORD", PASSWORD);
    }

    public static String editorAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((EDITOR + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
