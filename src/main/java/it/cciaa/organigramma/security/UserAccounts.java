package it.cciaa.organigramma.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The users of the administration, read from {@code kg.users} ({@code KG_USERS}): entries separated by white space
 * (spaces or new lines), each {@code name=role:{id}hash}, for example
 * {@code editor=editor:{bcrypt}$2a$10$…}. Names are 1–64 letters, digits, {@code .}, {@code _} or {@code -}; roles are
 * {@code editor} and {@code reader}; passwords are only hashes in Spring Security's {@code {id}hash} form
 * ({@code bcrypt}, {@code argon2@SpringSecurity_v5_8}, {@code pbkdf2@SpringSecurity_v5_8},
 * {@code scrypt@SpringSecurity_v5_8}), as {@code hash-password} prints them. A plain-text password or a malformed
 * entry is refused with a message that names the entry (its position and name), never the secret.
 */
public record UserAccounts(List<Account> accounts) {
    private static final Pattern ENTRY = Pattern.compile("([A-Za-z0-9._-]{1,64})=([a-z]+):(.*)", Pattern.DOTALL);
    private static final Pattern HASH = Pattern.compile("\\{([A-Za-z0-9@._-]+)}(.+)", Pattern.DOTALL);
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");
    private static final Set<String> STRONG_ENCODERS = Set.of("bcrypt", "argon2@SpringSecurity_v5_8",
            "pbkdf2@SpringSecurity_v5_8", "scrypt@SpringSecurity_v5_8", "argon2", "pbkdf2", "scrypt");

    /** One user: name, role and password hash ({@code {id}hash}). */
    public record Account(String name, Role role, String passwordHash) {
        @Override
        public String toString() {
            return name + " (" + role.configName() + ")";
        }
    }

    public UserAccounts {
        accounts = List.copyOf(accounts);
    }

    /** Reads the value of {@code kg.users}; {@code null} or blank: no users (writes disabled). */
    public static UserAccounts parse(String configured) {
        List<Account> accounts = new ArrayList<>();
        Set<String> names = new HashSet<>();
        if (configured == null || configured.isBlank()) {
            return new UserAccounts(accounts);
        }
        String[] entries = configured.strip().split("\\s+");
        for (int i = 0; i < entries.length; i++) {
            Account account = entry(i + 1, entries[i]);
            if (!names.add(account.name())) {
                throw refused(i + 1, account.name(), "the name is used by an earlier entry too");
            }
            accounts.add(account);
        }
        return new UserAccounts(accounts);
    }

    public boolean isEmpty() {
        return accounts.isEmpty();
    }

    private static Account entry(int position, String entry) {
        Matcher parts = ENTRY.matcher(entry);
        if (!parts.matches()) {
            int equals = entry.indexOf('=');
            String name = equals > 0 ? entry.substring(0, Math.min(equals, 64)) : null;
            throw refused(position, name, "it is not of the form name=role:{id}hash (name: letters, digits, '.', '_', "
                    + "'-'; role: editor or reader; entries are separated by spaces or new lines)");
        }
        String name = parts.group(1);
        Role role = Role.named(parts.group(2)).orElseThrow(() -> refused(position, name,
                "the role '" + parts.group(2) + "' is unknown: use editor or reader"));
        String password = parts.group(3);
        Matcher hash = HASH.matcher(password);
        if (!hash.matches()) {
            throw refused(position, name, "the password is not hashed: a plain-text password is never accepted. "
                    + "Write {bcrypt}… as printed by 'java -jar organigramma-kg.jar hash-password'");
        }
        String encoder = hash.group(1);
        if (encoder.equals("noop")) {
            throw refused(position, name, "{noop} is a plain-text password, never accepted: hash it with "
                    + "'java -jar organigramma-kg.jar hash-password'");
        }
        if (!STRONG_ENCODERS.contains(encoder)) {
            throw refused(position, name, "the hash kind {" + encoder + "} is not accepted: use {bcrypt} (from "
                    + "'hash-password'), {argon2@SpringSecurity_v5_8}, {pbkdf2@SpringSecurity_v5_8} or "
                    + "{scrypt@SpringSecurity_v5_8}");
        }
        if (encoder.equals("bcrypt") && !BCRYPT.matcher(hash.group(2)).matches()) {
            throw refused(position, name, "the {bcrypt} hash is damaged (it must be $2a$NN$ and 53 characters): "
                    + "a shell or a file may have expanded its '$' signs; quote the value with single quotes");
        }
        return new Account(name, role, password);
    }

    private static UsersConfigurationException refused(int position, String name, String why) {
        return new UsersConfigurationException("kg.users (KG_USERS) entry " + position
                + (name == null ? "" : " ('" + name + "')") + " is refused: " + why + ".");
    }

    /** A {@code kg.users} value the service cannot start with. */
    public static final class UsersConfigurationException extends IllegalArgumentException {
        UsersConfigurationException(String message) {
            super(message);
        }
    }
}
