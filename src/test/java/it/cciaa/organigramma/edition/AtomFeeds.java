package it.cciaa.organigramma.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Atom feeds (RFC 4287) read in end-to-end tests: parsed as namespaced XML, checked for the elements the RFC requires
 * of a feed and of each entry (id an absolute IRI, title, updated a date-time, links with an href, an author), and
 * read entry by entry.
 */
final class AtomFeeds {
    static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeeds() {}

    /** The feed, well-formed and valid as far as RFC 4287's required elements go; fails the test otherwise. */
    static Document parse(String xml) {
        Document feed;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            feed = builder.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        requireCommonElements(root, "feed");
        assertThat(children(root, "author")).as("the feed's author").isNotEmpty();
        assertThat(children(root, "link")).as("feed links").anySatisfy(link -> assertThat(link.getAttribute("rel"))
                .isEqualTo("self"));
        for (Element entry : entries(feed)) {
            requireCommonElements(entry, "entry " + text(entry, "id"));
            assertThat(children(entry, "summary")).hasSize(1);
        }
        return feed;
    }

    /** Exactly one id (an absolute IRI), title and updated (RFC 3339); links, each with an href. */
    private static void requireCommonElements(Element element, String what) {
        for (String name : List.of("id", "title", "updated")) {
            assertThat(children(element, name)).as(what + ": " + name).hasSize(1);
        }
        assertThat(URI.create(text(element, "id")).isAbsolute()).as(what + ": id is an absolute IRI").isTrue();
        OffsetDateTime.parse(text(element, "updated"));
        assertThat(children(element, "link")).as(what + ": links").isNotEmpty()
                .allSatisfy(link -> assertThat(link.getAttribute("href")).isNotBlank());
    }

    static List<Element> entries(Document feed) {
        return children(feed.getDocumentElement(), "entry");
    }

    /** The Atom children named {@code name}. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    /** The text of the first Atom child named {@code name}. */
    static String text(Element parent, String name) {
        return children(parent, name).getFirst().getTextContent();
    }

    /** The href of the entry's link of relation {@code rel} and, when given, title starting with {@code title}. */
    static List<String> links(Element entry, String rel) {
        return children(entry, "link").stream().filter(link -> rel.equals(link.getAttribute("rel")))
                .map(link -> link.getAttribute("href")).toList();
    }
}
