package it.cciaa.organigramma.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FairSlotsTest {
    private static final Claimant ALICE = new Claimant("192.0.2.1", false);
    private static final Claimant BOB = new Claimant("192.0.2.2", false);
    private static final Claimant CAROL = new Claimant("192.0.2.3", false);
    private static final Claimant EDITOR = new Claimant("192.0.2.1", true);

    @Test
    void oneClientHoldsAtMostItsShareAndOthersGetTheRest() {
        FairSlots slots = new FairSlots(4, 0);
        assertThat(slots.share()).isEqualTo(2);
        slots.take(ALICE);
        slots.take(ALICE);
        assertThatThrownBy(() -> slots.take(ALICE)).isInstanceOfSatisfying(FairSlots.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(FairSlots.Reason.OWN_SHARE));
        slots.take(BOB);
        slots.take(CAROL);
        assertThatThrownBy(() -> slots.take(BOB)).isInstanceOfSatisfying(FairSlots.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(FairSlots.Reason.ALL_TAKEN));
    }

    @Test
    void editorsHaveASlotThePublicCannotTake() {
        FairSlots slots = new FairSlots(2, 1);
        assertThat(slots.share()).isEqualTo(1);
        slots.take(ALICE);
        slots.take(BOB);
        assertThatThrownBy(() -> slots.take(CAROL)).isInstanceOfSatisfying(FairSlots.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(FairSlots.Reason.ALL_TAKEN));
        FairSlots.Slot editors = slots.take(EDITOR);
        assertThatThrownBy(() -> slots.take(EDITOR)).isInstanceOf(FairSlots.Refused.class);
        editors.close();
        editors.close(); // closing twice gives back one slot
        slots.take(EDITOR);
        assertThatThrownBy(() -> slots.take(EDITOR)).isInstanceOf(FairSlots.Refused.class);
    }

    @Test
    void aFreedSlotGoesBackToItsClientsShare() {
        FairSlots slots = new FairSlots(2, 1);
        FairSlots.Slot first = slots.take(ALICE);
        assertThatThrownBy(() -> slots.take(ALICE)).isInstanceOf(FairSlots.Refused.class);
        first.close();
        slots.take(ALICE).close();
        assertThat(new Claimant(null, false)).as("outside a request").isEqualTo(Claimant.current());
        slots.take(Claimant.current());
        slots.take(Claimant.current()); // the service itself is held to no client's share
    }

    @Test
    void thePublicWaitsItsTurnInOrderOfArrival() throws Exception {
        FairSlots slots = new FairSlots(1, 0);
        FairSlots.Slot held = slots.take(ALICE);
        List<String> served = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> bob = CompletableFuture.runAsync(() -> takeAndNote(slots, BOB, "bob", served));
        Thread.sleep(200);
        CompletableFuture<Void> carol = CompletableFuture.runAsync(() -> takeAndNote(slots, CAROL, "carol", served));
        Thread.sleep(200);
        assertThat(served).isEmpty();
        held.close();
        bob.get(5, TimeUnit.SECONDS);
        carol.get(5, TimeUnit.SECONDS);
        assertThat(served).containsExactly("bob", "carol");
        long start = System.nanoTime();
        try (FairSlots.Slot again = slots.take(ALICE)) {
            assertThatThrownBy(() -> slots.take(BOB, Duration.ofMillis(300))).isInstanceOf(FairSlots.Refused.class);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void theShareOfAClientCanBeSetForLoadTestsFromOneAddress() {
        assertThat(new FairSlots(4, 0, FairSlots.perClient("")).share()).isEqualTo(2);
        assertThat(new FairSlots(4, 0, FairSlots.perClient("3")).share()).isEqualTo(3);
        assertThat(new FairSlots(4, 0, FairSlots.perClient("1000")).share()).isEqualTo(4);
        for (String bad : new String[] {"0", "-1", "half", "1.5"}) {
            assertThatThrownBy(() -> FairSlots.perClient(bad)).as(bad)
                    .isInstanceOf(it.cciaa.organigramma.store.SettingException.class)
                    .hasMessageContaining("kg.slots-per-client (KG_SLOTS_PER_CLIENT)").hasMessageContaining("«" + bad);
        }
    }

    private static void takeAndNote(FairSlots slots, Claimant claimant, String name, List<String> served) {
        try (FairSlots.Slot slot = slots.take(claimant, Duration.ofSeconds(5))) {
            served.add(name);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
