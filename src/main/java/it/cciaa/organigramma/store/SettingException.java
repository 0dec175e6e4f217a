package it.cciaa.organigramma.store;

/**
 * A setting of the service (an environment variable or {@code --kg.…} option) that cannot be used; the service does
 * not start, and the command line says which setting, its value, and what it should be (exit code 2).
 */
public final class SettingException extends RuntimeException {
    public SettingException(String setting, String value, String expected) {
        super("setting " + setting + " = «" + value + "» cannot be used: " + expected);
    }
}
