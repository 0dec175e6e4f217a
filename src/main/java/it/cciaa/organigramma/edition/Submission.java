package it.cciaa.organigramma.edition;

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
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * A document submitted over HTTP (raw body or the {@code documento} part of a form), with its file name and the
 * edition date of the {@code data} parameter; what cannot be used is refused here with a 400 or 413 that says why.
 */
record Submission(byte[] document, String fileName, Optional<LocalDate> date) {
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
                fileName = URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
            }
        }
        return new Submission(document, cleanName(fileName), dateOf(date));
    }

    static Submission ofPart(MultipartFile part, String date) throws IOException {
        if (part.getSize() > MAX_BYTES) {
            throw tooLarge();
        }
        String fileName = part.getOriginalFilename() == null || part.getOriginalFilename().isBlank() ? DEFAULT_NAME
                : part.getOriginalFilename();
        return new Submission(part.getBytes(), cleanName(fileName), dateOf(date));
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
