package it.cciaa.organigramma.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real small file system for tests of a full disk: a tmpfs of the given size mounted on a temporary folder
 * ({@code mount -t tmpfs}, which needs root, as the tests run in CI), unmounted on close.
 *
 * <pre>{@code
 * try (SmallDisk disk = SmallDisk.mount(1)) { … disk.path() … }
 * }</pre>
 */
public record SmallDisk(Path path) implements AutoCloseable {

    /** Mounts a tmpfs of {@code megabytes} MB. */
    public static SmallDisk mount(int megabytes) throws IOException, InterruptedException {
        return mount("size=" + megabytes + "m");
    }

    /** Mounts a read-only tmpfs: no folder can be made in it, even by root. */
    public static SmallDisk mountReadOnly() throws IOException, InterruptedException {
        return mount("size=200m,ro");
    }

    private static SmallDisk mount(String options) throws IOException, InterruptedException {
        Path path = Files.createTempDirectory("kg-small-disk-");
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs",
                path.toString()).redirectErrorStream(true).start();
        String output = new String(mount.getInputStream().readAllBytes());
        if (!mount.waitFor(30, TimeUnit.SECONDS) || mount.exitValue() != 0) {
            throw new IllegalStateException("cannot mount a tmpfs (" + options + ") on " + path + " (the full-disk "
                    + "tests need root, as in CI): " + output);
        }
        return new SmallDisk(path);
    }

    /** Fills the disk until {@code leftMegabytes} MB are free. */
    public void fillLeaving(int leftMegabytes) throws IOException {
        long usable = Files.getFileStore(path).getUsableSpace();
        long filler = usable - leftMegabytes * 1024L * 1024L;
        if (filler > 0) {
            try (var out = Files.newOutputStream(path.resolve("filler"))) {
                byte[] block = new byte[1024 * 1024];
                for (long written = 0; written < filler; written += block.length) {
                    out.write(block, 0, (int) Math.min(block.length, filler - written));
                }
            }
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("umount", "-l", path.toString()).redirectErrorStream(true).start().waitFor(30,
                TimeUnit.SECONDS);
        Files.deleteIfExists(path);
    }
}
