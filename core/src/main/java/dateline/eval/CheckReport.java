package dateline.eval;

import java.util.List;

/**
 * The seed gold's expectations on one stage (actors, quotes or places) and what the pipeline gave.
 *
 * @param stage    "actors", "quotes" or "places"
 * @param produced whether the pipeline produced anything for this stage at all; when false, the stage is taken to
 *                 be not built yet and the items are all {@link Status#MISSING}
 * @param items    one per gold expectation
 */
public record CheckReport(String stage, boolean produced, List<Item> items) {
    public CheckReport {
        items = List.copyOf(items);
    }

    /** How an expectation fared. */
    public enum Status { OK, WRONG, MISSING }

    /**
     * @param expected what the gold expects ("Iraqi parliament = IRQLEG")
     * @param required whether the gold requires it
     * @param status   how it fared
     * @param found    what the pipeline gave instead, or what it gave when OK; null when missing
     */
    public record Item(String expected, boolean required, Status status, String found) {
    }

    /** How many items have {@code status}, counting only required ones when {@code requiredOnly}. */
    public long count(Status status, boolean requiredOnly) {
        return items.stream().filter(i -> i.status() == status && (!requiredOnly || i.required())).count();
    }

    public long required() {
        return items.stream().filter(Item::required).count();
    }
}
