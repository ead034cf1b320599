package org.cxcadence.service.live;

import java.time.Instant;

/** Where a running session stands: the item on screen and since when (wall clock). */
public record LivePosition(String itemId, Instant since) {
}
