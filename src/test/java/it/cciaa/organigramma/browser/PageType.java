package it.cciaa.organigramma.browser;

/**
 * A kind of page the browser checks: its name (also the screenshot's), a path that shows it, the CSS selector that
 * is there once its scripts have drawn it ({@code body} for a page without any), whether it needs an editor signed
 * in, and whether the README's screenshots include it.
 */
record PageType(String name, String path, String ready, boolean signedIn, boolean screenshot) {
    static PageType page(String name, String path) {
        return new PageType(name, path, "body", false, false);
    }

    /** A page drawn by a script: checked once {@code ready} matches an element. */
    static PageType drawn(String name, String path, String ready) {
        return new PageType(name, path, ready, false, false);
    }

    /** A page of the administration, opened by the suite's editor. */
    static PageType admin(String name, String path) {
        return new PageType(name, path, "body", true, false);
    }

    /** The same page, photographed at every width into the screenshots' folder. */
    PageType photographed() {
        return new PageType(name, path, ready, signedIn, true);
    }

    @Override
    public String toString() {
        return name + " " + path;
    }
}
