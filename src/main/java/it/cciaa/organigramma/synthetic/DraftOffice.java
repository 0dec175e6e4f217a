package it.cciaa.organigramma.synthetic;

import java.util.List;
import java.util.Optional;

/**
 * An Ufficio of a draft. Its lines are kept as the source wrote them until a change touches them: a renamed office
 * gets a new heading, a moved one a new context, one whose activities changed a rewritten body.
 */
final class DraftOffice {
    private String code;
    private String name;
    private final OfficeContent content;
    private List<String> contextLines;
    private String headingLine;
    private String listLine;
    private List<String> bodyLines;

    DraftOffice(String code, String name, OfficeContent content, List<String> contextLines, String headingLine,
            String listLine, List<String> bodyLines) {
        this.code = code;
        this.name = name;
        this.content = content;
        this.contextLines = contextLines;
        this.headingLine = headingLine;
        this.listLine = listLine;
        this.bodyLines = bodyLines;
    }

    /** A new office, written entirely by the renderer. */
    static DraftOffice created(String code, String name, OfficeContent content) {
        return new DraftOffice(code, name, content, null, null, null, null);
    }

    DraftOffice copy() {
        return new DraftOffice(code, name, content.copy(), contextLines, headingLine, listLine, bodyLines);
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    int servizio() {
        return Codes.servizioOf(code);
    }

    /** The content, read only: use {@link #editContent()} to change it. */
    OfficeContent content() {
        return content;
    }

    void rename(String newName) {
        name = newName;
        headingLine = null;
        listLine = null;
    }

    /** A new code; the context lines are rewritten when the office changes Servizio. */
    void renumber(String newCode) {
        if (Codes.servizioOf(newCode) != servizio()) {
            contextLines = null;
        }
        code = newCode;
        headingLine = null;
        listLine = null;
    }

    /** The content, to change: the body will be written anew. */
    OfficeContent editContent() {
        bodyLines = null;
        return content;
    }

    Optional<List<String>> contextAsWritten() {
        return Optional.ofNullable(contextLines);
    }

    Optional<String> headingAsWritten() {
        return Optional.ofNullable(headingLine);
    }

    Optional<String> listLineAsWritten() {
        return Optional.ofNullable(listLine);
    }

    Optional<List<String>> bodyAsWritten() {
        return Optional.ofNullable(bodyLines);
    }
}
