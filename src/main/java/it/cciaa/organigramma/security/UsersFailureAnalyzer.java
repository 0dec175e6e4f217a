package it.cciaa.organigramma.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused {@code kg.users} into Spring Boot's "APPLICATION FAILED TO START" report, without a stack trace. */
final class UsersFailureAnalyzer extends AbstractFailureAnalyzer<UserAccounts.UsersConfigurationException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UserAccounts.UsersConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Write each user as name=role:{bcrypt}hash, entries separated by spaces, for example "
                        + "KG_USERS='anna=editor:{bcrypt}$2a$10$…'. Get the hash with "
                        + "'java -jar organigramma-kg.jar hash-password' (it reads the password from the console or "
                        + "standard input). Without KG_USERS the service starts with writes disabled.", cause);
    }
}
