package it.cciaa.organigramma.browser;

import it.cciaa.organigramma.web.LiveService;

/** Where the browser finds a page of the suite's running service ({@link LiveService}). */
final class BrowserPages {
    private BrowserPages() {}

    static String url(PageType page) {
        return page.signedIn() ? signedIn(page.path()) : LiveService.get().url(page.path());
    }

    /** The page's address with the suite's editor in it: Chromium answers the HTTP Basic challenge with them. */
    static String signedIn(String path) {
        LiveService.Credentials editor = LiveService.EDITOR;
        return LiveService.get().url(path).replace("://", "://" + editor.user() + ":" + editor.password() + "@");
    }
}
