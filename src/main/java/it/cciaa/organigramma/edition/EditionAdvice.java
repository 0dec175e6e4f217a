package it.cciaa.organigramma.edition;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page that reads an edition the {@code shownEdition} its layout shows in a banner when it is not the
 * current one: which edition, its validity, and the same page in the current edition. A malformed or unknown
 * {@code ?edizione=} fails here already (400, 404), before the page's queries run.
 */
@ControllerAdvice(basePackages = {"it.cciaa.organigramma.organigram", "it.cciaa.organigramma.taxonomy",
        "it.cciaa.organigramma.law", "it.cciaa.organigramma.linkeddata", "it.cciaa.organigramma.web",
        "it.cciaa.organigramma.transparency"})
class EditionAdvice {
    private final Editions editions;

    EditionAdvice(Editions editions) {
        this.editions = editions;
    }

    @ModelAttribute("shownEdition")
    ShownEdition shownEdition(@RequestParam(name = Editions.PARAMETER, required = false) String key,
            HttpServletRequest request) {
        if (key == null) {
            return null;
        }
        Edition shown = editions.resolve(key);
        boolean current = editions.isCurrent(shown);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String samePageNow = UriComponentsBuilder.fromPath(path).query(request.getQueryString())
                .replaceQueryParam(Editions.PARAMETER).build().toUriString();
        return new ShownEdition(shown, current, samePageNow);
    }

    /** The edition a page shows, whether it is the current one, and the address of the page in the current one. */
    public record ShownEdition(Edition edition, boolean current, String currentPage) {
        public String validFromInWords() {
            return Edition.inWords(edition.validFrom());
        }

        public String validToInWords() {
            return Edition.inWords(edition.validTo());
        }
    }
}
