package it.cciaa.organigramma.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.util.SVGConstants;
import org.apache.batik.util.XMLResourceDescriptor;
import org.apache.fop.svg.AbstractFOPTranscoder;
import org.apache.fop.svg.PDFTranscoder;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.svg.SVGDocument;

/**
 * A chart's SVG as a PDF page of A3 landscape, for printing: the same document, sized to the page (its {@code viewBox}
 * centres the drawing on it), rendered by Apache FOP's PDF transcoder through Batik. The text stays text, set in the
 * PDF's own Helvetica (no font is read from the system or embedded). The boxes are not links in the PDF: FOP 2.11
 * places the link annotations of SVG {@code <a>} elements off their boxes (scaled again and not flipped to PDF
 * coordinates), so the links are taken out before rendering rather than left pointing at the wrong places.
 */
public final class ChartPdf {
    private ChartPdf() {}

    /** The PDF of {@code svg} ({@link ChartSvg#of}). */
    public static byte[] of(String svg) {
        try {
            SAXSVGDocumentFactory parser = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
            SVGDocument document = parser.createSVGDocument(null, new StringReader(svg));
            document.getRootElement().setAttribute("width", "420mm");
            document.getRootElement().setAttribute("height", "297mm");
            withoutLinks(document);
            PDFTranscoder transcoder = new PDFTranscoder();
            transcoder.addTranscodingHint(AbstractFOPTranscoder.KEY_AUTO_FONTS, false);
            transcoder.addTranscodingHint(AbstractFOPTranscoder.KEY_STROKE_TEXT, false);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            transcoder.transcode(new TranscoderInput(document), new TranscoderOutput(pdf));
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TranscoderException e) {
            throw new IllegalStateException("The chart's SVG could not be rendered as PDF", e);
        }
    }

    /** Every {@code <a>} of the document replaced by a {@code <g>} holding what it held. */
    private static void withoutLinks(SVGDocument document) {
        NodeList links = document.getElementsByTagNameNS(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_A_TAG);
        for (int i = links.getLength() - 1; i >= 0; i--) {
            Node link = links.item(i);
            Element group = document.createElementNS(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_G_TAG);
            while (link.getFirstChild() != null) {
                group.appendChild(link.getFirstChild());
            }
            link.getParentNode().replaceChild(group, link);
        }
    }
}
