package id.matagaruda.events;

import java.util.List;

/** One page of events, newest first, with the number of events matching the filter in the caller's scope. */
public record EventPage(List<EventView> items, long total, int limit, int offset) {

    public static EventPage empty(EventFilter filter) {
        return new EventPage(List.of(), 0, filter.limit(), filter.offset());
    }

    public boolean hasNext() {
        return offset + items.size() < total;
    }
}
