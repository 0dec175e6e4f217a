package it.cciaa.organigramma.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class UserAccountsTest {
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final String ANNA = ENCODER.encode("anna-password");
    private static final String PAOLO = ENCODER.encode("paolo-password");

    @Test
    void readsEntriesSeparatedBySpacesOrNewLines() {
        UserAccounts users = UserAccounts.parse("  anna=editor:" + ANNA + "\n\tpaolo.rossi=reader:" + PAOLO + " ");
        assertThat(users.accounts()).extracting(UserAccounts.Account::name).containsExactly("anna", "paolo.rossi");
        assertThat(users.accounts()).extracting(UserAccounts.Account::role).containsExactly(Role.EDITOR, Role.READER);
        assertThat(ENCODER.matches("anna-password", users.accounts().get(0).passwordHash())).isTrue();
        assertThat(users.accounts().toString()).doesNotContain("$2a$");
    }

    @Test
    void noValueMeansNoUsers() {
        assertThat(UserAccounts.parse(null).isEmpty()).isTrue();
        assertThat(UserAccounts.parse("  ").isEmpty()).isTrue();
    }

    @Test
    void aPlainTextPasswordIsRefusedNamingTheEntryButNotTheSecret() {
        assertThatThrownBy(() -> UserAccounts.parse("anna=editor:" + ANNA + " paolo=reader:segreto-in-chiaro"))
                .isInstanceOf(UserAccounts.UsersConfigurationException.class)
                .hasMessageContaining("entry 2 ('paolo')").hasMessageContaining("not hashed")
                .hasMessageNotContaining("segreto-in-chiaro");
        assertThatThrownBy(() -> UserAccounts.parse("paolo=reader:{noop}segreto-in-chiaro"))
                .hasMessageContaining("entry 1 ('paolo')").hasMessageContaining("plain-text")
                .hasMessageNotContaining("segreto-in-chiaro");
    }

    @Test
    void malformedEntriesAreRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> UserAccounts.parse("anna:editor:" + ANNA)).hasMessageContaining("entry 1")
                .hasMessageContaining("name=role:{id}hash").hasMessageNotContaining(ANNA);
        assertThatThrownBy(() -> UserAccounts.parse("anna=admin:" + ANNA)).hasMessageContaining("'admin' is unknown");
        assertThatThrownBy(() -> UserAccounts.parse("anna=editor:" + ANNA + " anna=reader:" + PAOLO))
                .hasMessageContaining("entry 2 ('anna')").hasMessageContaining("earlier entry");
        assertThatThrownBy(() -> UserAccounts.parse("anna=editor:{MD5}5f4dcc3b5aa765d61d8327deb882cf99"))
                .hasMessageContaining("{MD5} is not accepted");
    }

    @Test
    void aBcryptHashWhoseDollarSignsAShellAteIsRefused() {
        String eaten = "{bcrypt}" + ANNA.substring("{bcrypt}$2a$10$".length()); // "$2a", "$10" expanded to nothing
        assertThatThrownBy(() -> UserAccounts.parse("anna=editor:" + eaten)).hasMessageContaining("damaged")
                .hasMessageContaining("single quotes").hasMessageNotContaining(eaten);
    }
}
