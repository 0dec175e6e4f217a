package it.cciaa.organigramma.query;

/** A query a page ran, with its text as run (parameters bound), for the page's "see the SPARQL" links. */
public record PageQuery(String name, String text) {}
