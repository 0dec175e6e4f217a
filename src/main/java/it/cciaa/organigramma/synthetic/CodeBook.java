package it.cciaa.organigramma.synthetic;

import java.util.Map;
import java.util.TreeMap;

/** The office codes a chamber has used, per Servizio: a new office takes the next number, and no code comes back. */
final class CodeBook {
    private final Map<Integer, Integer> highest = new TreeMap<>();

    CodeBook(Draft draft) {
        draft.servizi().forEach(servizio -> highest.put(servizio.number(), 0));
        draft.offices().forEach(office -> highest.merge(office.servizio(), officeNumber(office.code()), Math::max));
    }

    /** A code never used before in Servizio {@code servizio}. */
    String next(int servizio) {
        int number = highest.merge(servizio, 1, Integer::sum);
        return servizio + "." + number;
    }

    private static int officeNumber(String code) {
        return Integer.parseInt(code.substring(code.indexOf('.') + 1));
    }
}
