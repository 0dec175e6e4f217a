package it.cciaa.organigramma.store;

import java.time.Instant;

/** Published after the store's content changed (first load, a new edition): caches and indexes refresh on it. */
public record StoreLoadedEvent(Instant when) {}
