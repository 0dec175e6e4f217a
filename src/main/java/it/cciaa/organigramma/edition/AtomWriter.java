package it.cciaa.organigramma.edition;

import it.cciaa.organigramma.edition.EditionFeed.Entry;
import it.cciaa.organigramma.edition.EditionFeed.Link;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link EditionFeed} as an Atom feed document (RFC 4287) with StAX, in UTF-8: the feed's id, title,
 * updated, author and links, then one {@code entry} per edition with its id (the edition's IRI), title, updated and
 * published, author (the chamber), category (the chamber's slug), links and summary. Links are paths of the service,
 * which a reader resolves against the feed's own address.
 */
final class AtomWriter {
    static final String MEDIA_TYPE = "application/atom+xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private AtomWriter() {}

    static byte[] write(EditionFeed feed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", "it");
            text(xml, "id", feed.id());
            text(xml, "title", feed.title());
            text(xml, "updated", date(feed.updated()));
            xml.writeStartElement(ATOM, "author");
            text(xml, "name", "Organigramma KG");
            xml.writeEndElement();
            link(xml, new Link("self", MEDIA_TYPE, feed.self(), null));
            link(xml, new Link("alternate", "text/html", feed.page(), "Le edizioni"));
            for (Entry entry : feed.entries()) {
                entry(xml, entry);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the editions feed could not be written", e);
        }
        return out.toByteArray();
    }

    private static void entry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        xml.writeStartElement(ATOM, "entry");
        text(xml, "id", entry.id());
        text(xml, "title", entry.title());
        text(xml, "updated", date(entry.updated()));
        text(xml, "published", date(entry.updated()));
        xml.writeStartElement(ATOM, "author");
        text(xml, "name", entry.chamberName());
        if (entry.chamberIri() != null) {
            text(xml, "uri", entry.chamberIri());
        }
        xml.writeEndElement();
        xml.writeEmptyElement(ATOM, "category");
        xml.writeAttribute("term", entry.ente());
        xml.writeAttribute("label", entry.chamberName());
        for (Link link : entry.links()) {
            link(xml, link);
        }
        text(xml, "summary", entry.summary());
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, Link link) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", link.rel());
        xml.writeAttribute("type", link.type());
        xml.writeAttribute("href", link.href());
        if (link.title() != null) {
            xml.writeAttribute("title", link.title());
        }
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** An Atom date (RFC 3339, in UTC). */
    private static String date(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
