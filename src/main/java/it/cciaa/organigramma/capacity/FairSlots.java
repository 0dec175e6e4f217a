package it.cciaa.organigramma.capacity;

import it.cciaa.organigramma.store.SettingException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Slots for public work that costs seconds (a dry run, a SPARQL query), shared so that no one client takes them all:
 * the public holds at most {@code publicSlots} at once, one client (its address) at most
 * {@code max(1, publicSlots / 2)} of them (or {@value #SETTING}), and editors also have {@code editorSlots} of their own that the public
 * cannot take. Public claimants that find every slot taken wait their turn in order of arrival, up to their patience;
 * a client already holding its share is refused at once: waiting would only keep a server thread for it.
 *
 * <pre>{@code
 * FairSlots dryRuns = new FairSlots(2, 1);
 * try (FairSlots.Slot slot = dryRuns.take(Claimant.of(request))) {
 *     return validate(document);
 * } // or FairSlots.Refused: ALL_TAKEN (the service is busy) or OWN_SHARE (this client's own excess)
 * }</pre>
 */
public final class FairSlots {
    /** How many slots of each pool one client may hold, when not half of them. */
    public static final String SETTING = "kg.slots-per-client (KG_SLOTS_PER_CLIENT)";

    /** Why a claimant got no slot. */
    public enum Reason {
        /** Every slot the claimant may take is held by others: the service is busy. */
        ALL_TAKEN,
        /** The client already holds its share: it is its own excess. */
        OWN_SHARE
    }

    /** No slot: the reason, and the share of one client, for the message. */
    public static final class Refused extends RuntimeException {
        private final Reason reason;
        private final int share;

        Refused(Reason reason, int share) {
            super(reason + " (a client's share: " + share + ")", null, false, false);
            this.reason = reason;
            this.share = share;
        }

        public Reason reason() {
            return reason;
        }

        /** How many slots one client may hold at once. */
        public int share() {
            return share;
        }
    }

    /** A slot held; closing it (once) gives it back. */
    public final class Slot implements AutoCloseable {
        private final Claimant claimant;
        private boolean open = true;

        private Slot(Claimant claimant) {
            this.claimant = claimant;
        }

        @Override
        public void close() {
            lock.lock();
            try {
                if (open) {
                    open = false;
                    release(claimant);
                }
            } finally {
                lock.unlock();
            }
        }
    }

    private final int publicSlots;
    private final int editorSlots;
    private final int share;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition freed = lock.newCondition();
    /** Public claimants waiting, in order of arrival: only the first may take a public slot. */
    private final Deque<Object> line = new ArrayDeque<>();
    private final Map<String, Integer> heldByClient = new HashMap<>();
    private int heldByPublic;
    private int heldByEditors;

    /** {@code publicSlots} (at least 1) shared by the public, half of them per client, and {@code editorSlots}. */
    public FairSlots(int publicSlots, int editorSlots) {
        this(publicSlots, editorSlots, OptionalInt.empty());
    }

    /** The same, with {@code perClient} slots per client instead of half of them ({@link #perClient(String)}). */
    public FairSlots(int publicSlots, int editorSlots, OptionalInt perClient) {
        if (publicSlots < 1 || editorSlots < 0) {
            throw new IllegalArgumentException("public slots " + publicSlots + ", editor slots " + editorSlots);
        }
        this.publicSlots = publicSlots;
        this.editorSlots = editorSlots;
        this.share = Math.min(publicSlots, perClient.orElse(Math.max(1, publicSlots / 2)));
    }

    /**
     * The setting {@value #SETTING}: empty for half of each pool (at least one), or a whole number from 1. A load test
     * whose clients all come from one address sets it high; a service behind a proxy that hides its clients' addresses
     * must not need to.
     */
    public static OptionalInt perClient(String setting) {
        if (setting == null || setting.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            int perClient = Integer.parseInt(setting.strip());
            if (perClient >= 1) {
                return OptionalInt.of(perClient);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new SettingException(SETTING, setting, "empty (half of each pool of public slots, at least one) or a "
                + "whole number from 1: how many SPARQL queries, and dry runs, one client address may run at once");
    }

    /** How many slots one client may hold at once. */
    public int share() {
        return share;
    }

    /** A slot now, or {@link Refused}. */
    public Slot take(Claimant claimant) {
        try {
            return take(claimant, Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused(Reason.ALL_TAKEN, share);
        }
    }

    /** A slot within {@code patience}, or {@link Refused}: at once when the client already holds its share. */
    public Slot take(Claimant claimant, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        lock.lock();
        try {
            refuseBeyondShare(claimant);
            if (claimant.editor()) {
                while (heldByPublic + heldByEditors >= publicSlots + editorSlots) {
                    awaitUntil(deadline);
                }
                heldByEditors++;
                return new Slot(claimant);
            }
            Object turn = new Object();
            line.addLast(turn);
            try {
                while (line.peekFirst() != turn || heldByPublic >= publicSlots
                        || heldByPublic + heldByEditors >= publicSlots + editorSlots) {
                    awaitUntil(deadline);
                    refuseBeyondShare(claimant);
                }
            } finally {
                line.remove(turn);
                freed.signalAll(); // the next in line looks again
            }
            heldByPublic++;
            if (claimant.client() != null) {
                heldByClient.merge(claimant.client(), 1, Integer::sum);
            }
            return new Slot(claimant);
        } finally {
            lock.unlock();
        }
    }

    private void refuseBeyondShare(Claimant claimant) {
        if (!claimant.editor() && claimant.client() != null
                && heldByClient.getOrDefault(claimant.client(), 0) >= share) {
            throw new Refused(Reason.OWN_SHARE, share);
        }
    }

    private void awaitUntil(long deadline) throws InterruptedException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new Refused(Reason.ALL_TAKEN, share);
        }
        freed.await(left, TimeUnit.NANOSECONDS);
    }

    private void release(Claimant claimant) {
        if (claimant.editor()) {
            heldByEditors--;
        } else {
            heldByPublic--;
            if (claimant.client() != null) {
                heldByClient.computeIfPresent(claimant.client(), (client, held) -> held > 1 ? held - 1 : null);
            }
        }
        freed.signalAll();
    }
}
