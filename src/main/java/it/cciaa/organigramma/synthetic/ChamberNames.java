package it.cciaa.organigramma.synthetic;

import it.cciaa.organigramma.ingest.AllegatoParser;
import java.util.List;

/**
 * The names synthetic chambers take: the Italian Chambers of Commerce as they stand after the mergers of 2015–2024,
 * written as an Allegato C writes its chamber ("CCIAA di FOGGIA"). Foggia is left out, as its document is the real
 * one. Beyond the list the names repeat with a number ("CCIAA di BARI 2"), so that names and slugs stay unique.
 */
public final class ChamberNames {
    /** The first six are the examples of the brief; then by region, north to south. */
    private static final List<String> REAL = List.of(
            "CCIAA di BARI",
            "CCIAA di MILANO MONZA BRIANZA LODI",
            "CCIAA di TORINO",
            "CCIAA di ROMA",
            "CCIAA di NAPOLI",
            "CCIAA della MAREMMA E DEL TIRRENO",
            // Piemonte, Valle d'Aosta, Liguria
            "CCIAA di CUNEO",
            "CCIAA di ALESSANDRIA-ASTI",
            "CCIAA MONTE ROSA LAGHI ALTO PIEMONTE",
            "CCIAA VALDOSTANA DELLE IMPRESE E DELLE PROFESSIONI",
            "CCIAA di GENOVA",
            "CCIAA delle RIVIERE DI LIGURIA",
            // Lombardia
            "CCIAA di BERGAMO",
            "CCIAA di BRESCIA",
            "CCIAA di COMO-LECCO",
            "CCIAA di CREMONA MANTOVA PAVIA",
            "CCIAA di VARESE",
            "CCIAA di SONDRIO",
            // Trentino-Alto Adige, Veneto, Friuli-Venezia Giulia
            "CCIAA di TRENTO",
            "CCIAA di BOLZANO",
            "CCIAA di VENEZIA ROVIGO",
            "CCIAA di PADOVA",
            "CCIAA di VERONA",
            "CCIAA di VICENZA",
            "CCIAA di TREVISO-BELLUNO",
            "CCIAA di PORDENONE-UDINE",
            "CCIAA della VENEZIA GIULIA",
            // Emilia-Romagna
            "CCIAA di BOLOGNA",
            "CCIAA dell'EMILIA",
            "CCIAA di MODENA",
            "CCIAA di FERRARA E RAVENNA",
            "CCIAA della ROMAGNA",
            // Toscana, Umbria, Marche
            "CCIAA di FIRENZE",
            "CCIAA della TOSCANA NORD-OVEST",
            "CCIAA di PISTOIA-PRATO",
            "CCIAA di AREZZO-SIENA",
            "CCIAA dell'UMBRIA",
            "CCIAA delle MARCHE",
            // Lazio, Abruzzo, Molise
            "CCIAA di FROSINONE LATINA",
            "CCIAA di RIETI VITERBO",
            "CCIAA di CHIETI PESCARA",
            "CCIAA del GRAN SASSO D'ITALIA",
            "CCIAA del MOLISE",
            // Campania, Puglia, Basilicata
            "CCIAA di CASERTA",
            "CCIAA di SALERNO",
            "CCIAA IRPINIA SANNIO",
            "CCIAA di BRINDISI-TARANTO",
            "CCIAA di LECCE",
            "CCIAA della BASILICATA",
            // Calabria
            "CCIAA di CATANZARO CROTONE VIBO VALENTIA",
            "CCIAA di COSENZA",
            "CCIAA di REGGIO CALABRIA",
            // Sicilia (Agrigento, Caltanissetta and Trapani, decreed to merge, still stand apart)
            "CCIAA di PALERMO ENNA",
            "CCIAA di CATANIA",
            "CCIAA di MESSINA",
            "CCIAA di SIRACUSA",
            "CCIAA di RAGUSA",
            "CCIAA di AGRIGENTO",
            "CCIAA di CALTANISSETTA",
            "CCIAA di TRAPANI",
            // Sardegna
            "CCIAA di CAGLIARI-ORISTANO",
            "CCIAA di SASSARI",
            "CCIAA di NUORO");

    private ChamberNames() {}

    /** The real names, in the order chambers take them. */
    public static List<String> real() {
        return REAL;
    }

    /** The name of chamber {@code index} (from 0): a real name, with a number from the second round of the list. */
    public static String name(int index) {
        String real = REAL.get(index % REAL.size());
        int round = index / REAL.size();
        return round == 0 ? real : real + " " + (round + 1);
    }

    /** The slug the importer derives from the chamber's name line, as in {@code cciaa-di-foggia}. */
    public static String slug(String name) {
        return AllegatoParser.slug(name);
    }
}
