package it.cciaa.organigramma.iri;

/**
 * The IRIs of one revision of the Unioncamere process map: the concept scheme, its concepts and levels, and the
 * named graph that holds them. Made by {@link ServiceIris#processMap(String)}.
 *
 * @param service the service's IRIs
 * @param revision the map's revision ({@code 2024})
 */
public record ProcessMapIris(ServiceIris service, String revision) {
    /** The concept scheme of the revision. */
    public String scheme() {
        return service.base() + "/controlled-vocabulary/mappa-processi/" + revision;
    }

    /** A process or activity of the map, by its notation ({@code C2.7.5}). */
    public String concept(String notation) {
        return scheme() + "/" + notation;
    }

    /** A level of the map, 1 (theme) to 4 (activity). */
    public String level(int depth) {
        return scheme() + "/livello/" + depth;
    }

    /** A cell of the list of the map's levels ({@code xkos:levels}), 1 to 4. */
    public String levelListCell(int position) {
        return scheme() + "/livelli/" + position;
    }

    public String graph() {
        return service.base() + ServiceIris.GRAPHS + "mappa-processi/" + revision;
    }
}
