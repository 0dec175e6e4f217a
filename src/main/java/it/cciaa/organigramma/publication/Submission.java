package it.cciaa.organigramma.publication;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.riot.Lang;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * A document submitted over HTTP (raw body or the {@code documento} part of a form), with its file name and the
 * edition date of the {@code data} parameter; what cannot be used is refused here with a 400 or 413 that says why.
 */
record Submission(byte[] document, String fileName, Optional<LocalDate> date, Optional<Lang> rdf) {
    /** The largest document accepted: the Foggia Allegato C is about 100 kB. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"?([^\";]+)\"?");
    private static final String DEFAULT_NAME = "documento.txt";

    static Submission ofBody(HttpServletRequest request, String date) throws IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] document;
        try (InputStream body = request.getInputStream()) {
            document = body.readNBytes(MAX_BYTES + 1);
        }
        if (document.length > MAX_BYTES) {
            throw tooLarge();
        }
        String fileName = DEFAULT_NAME;
        String disposition = request.getHeader("Content-Disposition");
        if (disposition != null) {
            Matcher matcher = FILE_NAME.matcher(disposition);
            if (matcher.find()) {
                try {
                    fileName = URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException notEncoded) {
                    fileName = matcher.group(1);
                }
            }
        }
        return new Submission(document, cleanName(fileName), dateOf(date), rdfOf(request.getContentType(), fileName));
    }

    static Submission ofPart(MultipartFile part, String date) throws IOException {
        if (part.getSize() > MAX_BYTES) {
            throw tooLarge();
        }
        String fileName = part.getOriginalFilename() == null || part.getOriginalFilename().isBlank() ? DEFAULT_NAME
                : part.getOriginalFilename();
        return new Submission(part.getBytes(), cleanName(fileName), dateOf(date),
                rdfOf(part.getContentType(), fileName));
    }

    /**
     * The RDF syntax of a submission: TriG or N-Quads by media type, or by file name when the type says nothing
     * ({@code application/octet-stream}); empty for a text document.
     */
    private static Optional<Lang> rdfOf(String contentType, String fileName) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        boolean untyped = type.isEmpty() || type.equals("application/octet-stream");
        if (type.equals("application/trig") || (untyped && name.endsWith(".trig"))) {
            return Optional.of(Lang.TRIG);
        }
        if (type.equals("application/n-quads") || (untyped && name.endsWith(".nq"))) {
            return Optional.of(Lang.NQUADS);
        }
        return Optional.empty();
    }

    /** The file name without any path, as the catalogue records it. */
    private static String cleanName(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return last.isEmpty() ? DEFAULT_NAME : last.replaceAll("\\p{Cntrl}", "");
    }

    private static Optional<LocalDate> dateOf(String date) {
        if (date == null || date.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date.strip()));
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "parametro data: «" + date
                    + "» non è una data AAAA-MM-GG / parameter data: not a YYYY-MM-DD date");
        }
    }

    private static ResponseStatusException tooLarge() {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "documento oltre " + MAX_BYTES / 1024 / 1024
                + " MB / document larger than " + MAX_BYTES / 1024 / 1024 + " MB");
    }
}
