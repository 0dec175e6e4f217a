package it.cciaa.organigramma.edition;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /edizioni/feed} and {@code /edizioni/feed?ente=}: the editions of every chamber, or of one, as an Atom feed
 * ({@link EditionFeeds}, {@link AtomWriter}), announced by the history pages it follows. Always Atom: a feed's
 * address has one form. A malformed chamber answers 400, an unknown one 404.
 */
@Controller
class EditionFeedController {
    static final String PATH = EditionHistoryController.PATH + "/feed";
    private static final MediaType ATOM = new MediaType(MediaType.valueOf(AtomWriter.MEDIA_TYPE), StandardCharsets.UTF_8);

    private final EditionFeeds feeds;

    EditionFeedController(EditionFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> feed() {
        return ResponseEntity.ok().contentType(ATOM).body(AtomWriter.write(feeds.feed(Editions.requestedChamber())));
    }
}
