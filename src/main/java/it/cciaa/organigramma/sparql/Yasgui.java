package it.cciaa.organigramma.sparql;

/**
 * YASGUI ({@code @zazuko/yasgui}, the SPARQL editor Fuseki ships), served by this application from
 * {@code static/vendor/yasgui/VERSION/}: {@code bin/update-yasgui.sh VERSION} fetches a version from the npm registry
 * and rewrites {@link #VERSION}.
 */
final class Yasgui {
    /** The vendored version. */
    static final String VERSION = "4.6.2";
    static final String FOLDER = "/vendor/yasgui/" + VERSION + "/";
    static final String SCRIPT = FOLDER + "yasgui.min.js";
    static final String STYLESHEET = FOLDER + "yasgui.min.css";
    static final String LICENCE = FOLDER + "LICENSE.txt";

    private Yasgui() {}
}
