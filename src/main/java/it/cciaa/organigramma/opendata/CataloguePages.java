package it.cciaa.organigramma.opendata;

import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.edition.Editions;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.opendata.Dumps.Dump;
import it.cciaa.organigramma.store.KgProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the catalogue's page shows: for one chamber (the request's {@code ?ente=}, or the only one in the store) its
 * editions' datasets and the whole graph's, with the size of every file they distribute (a chamber's current-edition
 * files are written on first need, as a download would); for several chambers, the whole graph's dataset and one
 * line per chamber leading to its part, so that the page never writes every chamber's files at once.
 */
@Component
class CataloguePages {
    private final CatalogueDescription description;
    private final Dumps dumps;
    private final Editions editions;
    private final ServiceIris iris;

    CataloguePages(CatalogueDescription description, Dumps dumps, Editions editions, KgProperties properties) {
        this.description = description;
        this.dumps = dumps;
        this.editions = editions;
        this.iris = properties.iris();
    }

    /** The page for the request being answered: 400 for a malformed {@code ?ente=}, 404 for an unknown one. */
    CataloguePage page() {
        Optional<Edition> chamber = Editions.requestedChamber().map(ente -> editions.resolve(null, ente))
                .or(editions::current);
        List<String> shown = new ArrayList<>();
        Map<String, Long> bytes = new HashMap<>();
        chamber.ifPresent(current -> {
            editions.of(current.ente()).reversed().forEach(edition -> shown.add(edition.dataset()));
            for (Dump dump : Dump.values()) {
                if (!dump.everything()) {
                    bytes.put(iris.dump(current.ente() + "/" + dump.fileName()), size(dump, current));
                }
            }
        });
        shown.add(iris.wholeDataset());
        for (Dump dump : Dump.values()) {
            if (dump.everything()) {
                bytes.put(iris.dump(dump.fileName()), size(dump, null));
            }
        }
        List<CataloguePage.Chamber> chambers = chamber.isPresent() ? List.of() : editions.currents().stream()
                .map(current -> new CataloguePage.Chamber(current, editions.of(current.ente()).size())).toList();
        return CataloguePage.of(description.catalogue(), iris.catalogue(), chamber.orElse(null), editions.national(),
                shown, bytes, chambers);
    }

    private long size(Dump dump, Edition chamber) {
        try {
            return Files.size(dumps.file(dump, chamber));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of the dump " + dump.fileName(), e);
        }
    }
}
