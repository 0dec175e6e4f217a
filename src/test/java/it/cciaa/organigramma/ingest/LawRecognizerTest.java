package it.cciaa.organigramma.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LawRecognizerTest {

    private static List<String> shortForms(String text) {
        return LawRecognizer.find(text).stream().map(found -> found.reference().shortForm()).toList();
    }

    @Test
    void findsTheActsTheDocumentCitesInTheWaysItWritesThem() {
        assertThat(shortForms("FUNZIONE ISTITUZIONALE ex DPR 254/05:")).containsExactly("DPR 254/2005");
        assertThat(shortForms("Gestione sanzioni amministrative ex L. 689/81")).containsExactly("L. 689/1981");
        assertThat(shortForms("Comitato Unico di Garanzia (art. 21 legge n. 183/10)"))
                .containsExactly("art. 21 L. 183/2010");
        assertThat(shortForms("previsti dal D. Lgs. 81/2008 … previsti dal D. Lgs. 196/2003"))
                .containsExactly("D.Lgs. 81/2008", "D.Lgs. 196/2003");
        assertThat(shortForms("composizione negoziata (ex DL 118/21)")).containsExactly("DL 118/2021");
        assertThat(shortForms("ai sensi del Regolamento UE 2016/679.")).containsExactly("Reg. (UE) 2016/679");
    }

    @Test
    void keepsAnArticleCitedWithoutItsActUnresolved() {
        List<LawRecognizer.Found> found = LawRecognizer.find("Reintegro cassa minute spese (ex art. 44)*");
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().reference().kind()).isEmpty();
        assertThat(found.getFirst().reference().article()).contains(44);
        assertThat(found.getFirst().textAsWritten()).isEqualTo("ex art. 44");
    }

    @Test
    void findsNothingInPlainText() {
        assertThat(LawRecognizer.find("Gestione buoni mensa* e B2B, B2C, C2C")).isEmpty();
    }
}
