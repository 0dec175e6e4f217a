package it.cciaa.organigramma.organigram;

/**
 * A link to what a page shows in another form: announced in the page's head ({@code <link rel="alternate">}, which
 * the layout writes for each of a page's {@code alternates}) and shown on the page.
 *
 * @param type the media type of the other form ({@code image/svg+xml})
 * @param href its address on this server; templates pass it through {@code @{…}}, which keeps {@code ?edizione=}
 * @param title what a link to it reads ("Organigramma (SVG)")
 */
public record AlternateLink(String type, String href, String title) {}
