package it.cciaa.organigramma.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Free space checked before the embedded store writes, rather than found missing in the middle of a write: TDB2 maps
 * its files into memory, and a full disk then surfaces as "a fault occurred in an unsafe memory access operation"
 * inside whatever request touched the store. Below the margin the write is refused, naming the folder, what is free
 * and what to do, and nothing is written.
 */
public final class DiskSpace {
    /** What the embedded store needs free to start and to take one publication (TDB2 grows in 8 MB blocks). */
    public static final long MARGIN = 64L * 1024 * 1024;

    private DiskSpace() {}

    /** The refusal: a full disk, with where and what to do. */
    public static final class Exhausted extends RuntimeException {
        private final String italian;

        Exhausted(String message, String italian) {
            super(message);
            this.italian = italian;
        }

        /** The same in Italian: how much is free where, how much is needed, what to do. */
        public String italian() {
            return italian;
        }
    }

    /**
     * Throws {@link Exhausted} when the file system of {@code directory} (or of its nearest existing parent) has less
     * than {@link #MARGIN} free for this process; {@code purpose} says what was about to be written.
     */
    public static void require(Path directory, String purpose) {
        require(directory, MARGIN, purpose);
    }

    /** The same for a write of about {@code needed} bytes. */
    public static void require(Path directory, long needed, String purpose) {
        Path existing = directory.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        long usable;
        try {
            usable = Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return; // a file store that cannot tell: the write itself will say
        }
        if (usable < needed) {
            throw new Exhausted("not enough free disk space for " + purpose + ": " + megabytes(usable) + " MB free in "
                    + existing + ", at least " + megabytes(needed) + " MB needed; free some space there, or set "
                    + "KG_DATA_DIR to a folder on a larger disk", megabytes(usable) + " MB liberi in " + existing
                    + ", ne servono almeno " + megabytes(needed) + " MB; liberare spazio lì, o indicare in KG_DATA_DIR "
                    + "una cartella su un disco più grande");
        }
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
