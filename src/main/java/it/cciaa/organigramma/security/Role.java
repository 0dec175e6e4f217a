package it.cciaa.organigramma.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a user of the administration may do: an editor writes, a reader only looks at the {@code /admin} pages. */
public enum Role {
    /** May publish editions, run SPARQL Updates, write graphs and read everything a reader reads. */
    EDITOR("editor", List.of("EDITOR", "READER")),
    /** May open the {@code /admin} pages and read graphs through them; every write answers 403. */
    READER("reader", List.of("READER"));

    private final String name;
    private final List<String> grantedRoles;

    Role(String name, List<String> grantedRoles) {
        this.name = name;
        this.grantedRoles = grantedRoles;
    }

    /** The role's name in {@code kg.users} ({@code editor}, {@code reader}). */
    public String configName() {
        return name;
    }

    /** The Spring Security roles the role grants: an editor is a reader too. */
    List<String> grantedRoles() {
        return grantedRoles;
    }

    /** The role a {@code kg.users} entry names. */
    static Optional<Role> named(String name) {
        return Arrays.stream(values()).filter(role -> role.name.equals(name)).findFirst();
    }

    /** The role of a signed-in user, from the Spring Security authorities it holds. */
    public static Role of(org.springframework.security.core.Authentication user) {
        boolean editor = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_EDITOR"));
        return editor ? EDITOR : READER;
    }
}
