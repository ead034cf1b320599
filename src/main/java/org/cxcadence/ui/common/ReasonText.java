package org.cxcadence.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.cxcadence.domain.CarryReason;
import org.cxcadence.domain.MetricUnit;
import org.cxcadence.domain.StallReason;

/**
 * The domain's reasons (why an action stalled, why a line was brought forward) in the user's language,
 * for screens; the domain's own {@code describe()} stays plain English for exports and the CLI.
 */
public final class ReasonText {
    private final Messages messages;

    public ReasonText(Messages messages) {
        this.messages = messages;
    }

    /** "no progress in 3 sessions", "overdue 17 days". */
    public String stall(StallReason r) {
        return messages.format("reason.stall." + r.kind().name(), r.count());
    }

    public List<String> stalls(List<StallReason> reasons) {
        return reasons.stream().map(this::stall).toList();
    }

    /** "deferred on 3 Nov", "overdue 9 days", "NPS 38 vs target 45". */
    public String carry(CarryReason r) {
        return switch (r.kind()) {
            case OFF_TARGET -> messages.format("reason.carry.OFF_TARGET", r.subject(), number(r.value(), r.unit()),
                    number(r.target(), r.unit()));
            case DEFERRED, NOT_REACHED, FROM_CANCELLED, DUE_BEFORE_SESSION ->
                    messages.format("reason.carry." + r.kind().name(), day(r.date()));
            default -> messages.format("reason.carry." + r.kind().name(), r.count());
        };
    }

    public String carries(List<CarryReason> reasons) {
        return reasons.stream().map(this::carry).collect(Collectors.joining("; "));
    }

    private String day(LocalDate d) {
        return d == null ? "" : d.format(DateTimeFormatter.ofPattern(messages.get("format.dayMonth"), messages.locale()));
    }

    private String number(BigDecimal n, MetricUnit unit) {
        if (n == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(messages.locale());
        f.setMaximumFractionDigits(10);
        String plain = f.format(n.stripTrailingZeros());
        return unit == MetricUnit.PERCENT ? messages.format("format.percent", plain) : plain;
    }
}
