package it.cciaa.organigramma.edition;

import it.cciaa.organigramma.project.ProjectResources;
import java.nio.charset.StandardCharsets;

/**
 * A later edition of the Foggia document, made from the real one by a few edits, each one change the diff must
 * report: Ufficio 2.3 moves to Servizio III and takes its numbering (3.5), Ufficio 1.1 is renamed, activity B3.2.1.6
 * moves from Ufficio 2.1 to Ufficio 2.2, B3.1.1.4 of Ufficio 2.2 goes from front office (** in that office's footnotes)
 * to "per quanto di competenza" (*), and A1.2.1.4 is taken from Ufficio 3.2.
 */
public final class ChangedFoggiaDocument {
    public static final String OFFICE_2_3_NAME = "GESTIONE ACQUISTI E PATRIMONIO";
    public static final String OFFICE_1_1_OLD_NAME = "SEGRETERIA E AFFARI GENERALI";
    public static final String OFFICE_1_1_NEW_NAME = "SEGRETERIA GENERALE E AFFARI ISTITUZIONALI";

    private static final String AREA_SG = "AREA SG– ASSISTENZA ALLE IMPRESE E SERVIZI DI SUPPORTO";
    private static final String OFFICE_2_3_BLOCK_START = "**" + AREA_SG + "\nSERVIZIO II**\n\nUfficio 2.3 – ";
    private static final String SERVIZIO_III_START = AREA_SG + "\n\nSERVIZIO III\n";
    private static final String SERVIZIO_IV_BLOCKS_START = "**AREA I – SERVIZI ANAGRAFICO – CERTIFICATIVI E "
            + "REGOLAZIONE DEL MERCATO\nSERVIZIO IV**\n\nSERVIZIO IV - ";

    private ChangedFoggiaDocument() {}

    public static byte[] original() {
        return ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT);
    }

    public static byte[] changed() {
        String text = new String(original(), StandardCharsets.UTF_8);
        // Ufficio 2.3 leaves the list of Servizio II and its block leaves Servizio II ...
        text = replaceOnce(text, "Ufficio 2.2 – TRIBUTI\nUfficio 2.3 – " + OFFICE_2_3_NAME + "\n",
                "Ufficio 2.2 – TRIBUTI\n");
        int blockStart = indexOnce(text, OFFICE_2_3_BLOCK_START);
        int blockEnd = indexOnce(text, SERVIZIO_III_START);
        String block = text.substring(blockStart, blockEnd);
        text = text.substring(0, blockStart) + text.substring(blockEnd);
        // ... and comes back as Ufficio 3.5: listed under Servizio III, its block after Ufficio 3.4's.
        text = replaceOnce(text, "Ufficio 3.4 – SERVIZI LEGALI\n\n**",
                "Ufficio 3.4 – SERVIZI LEGALI\n\nUfficio 3.5 – " + OFFICE_2_3_NAME + "\n\n**");
        String movedBlock = replaceOnce(replaceOnce(block, "SERVIZIO II**", "SERVIZIO III**"),
                "Ufficio 2.3 – ", "Ufficio 3.5 – ");
        text = replaceOnce(text, SERVIZIO_IV_BLOCKS_START, movedBlock + SERVIZIO_IV_BLOCKS_START);
        // Ufficio 1.1 is renamed, in the list and in its block heading.
        text = text.replace("Ufficio 1.1 – " + OFFICE_1_1_OLD_NAME, "Ufficio 1.1 – " + OFFICE_1_1_NEW_NAME);
        // B3.2.1.6 moves from Ufficio 2.1 to Ufficio 2.2.
        text = replaceOnce(text, "\tB3.2.1.6 Gestione fiscale tributaria\n", "");
        text = replaceOnce(text, "\tB3.1.1.6 Ricorsi giurisdizionali in commissione tributaria\n",
                "\tB3.1.1.6 Ricorsi giurisdizionali in commissione tributaria\n"
                        + "B3.2.1 Contabilità\tB3.2.1.6 Gestione fiscale tributaria\n");
        // B3.1.1.4 of Ufficio 2.2 goes from front office to "per quanto di competenza".
        text = replaceOnce(text, "\tB3.1.1.4 Rapporti con l'Utenza**\n", "\tB3.1.1.4 Rapporti con l'Utenza*\n");
        // A1.2.1.4 is taken from Ufficio 3.2.
        text = replaceOnce(text, "\tA1.2.1.4 Codice di comportamento e gestione Whistleblowing\n", "");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String replaceOnce(String text, String target, String replacement) {
        int at = indexOnce(text, target);
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    private static int indexOnce(String text, String target) {
        int at = text.indexOf(target);
        if (at < 0 || text.indexOf(target, at + 1) >= 0) {
            throw new IllegalStateException("expected exactly one «" + target + "» in the Foggia document");
        }
        return at;
    }
}
