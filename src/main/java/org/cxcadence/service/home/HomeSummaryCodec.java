package org.cxcadence.service.home;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.MetricUnit;
import org.cxcadence.service.home.HomeSummary.AgendaLine;
import org.cxcadence.service.home.HomeSummary.CustomerChange;
import org.cxcadence.service.home.HomeSummary.LeaderLoad;
import org.cxcadence.service.home.HomeSummary.MetricTile;
import org.cxcadence.service.home.HomeSummary.NextSession;
import org.cxcadence.service.home.HomeSummary.RecentSession;

/**
 * {@link HomeSummary} as bytes, for the summary kept in the workspace between starts
 * (docs/decisions/0010). A private format read only by the build that wrote it (the store keys the
 * bytes by {@code AppInfo.build()}), so it needs no versions of its own; {@link DataOutputStream}
 * rather than JSON because it is read in the first second of a start, before a JSON mapper would be
 * warm. Every reference may be null: the codec does not judge what the builder may leave out. A CRC-32
 * closes the bytes: anything damaged or foreign reads as no summary, and Home reads the workspace.
 */
public final class HomeSummaryCodec {
    /** The first bytes: a row written by something else is refused, not misread. */
    private static final int MAGIC = 0x43584853; // "CXHS"

    private HomeSummaryCodec() {
    }

    public static byte[] encode(HomeSummary s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            string(out, s.companyName());
            out.writeBoolean(s.nextSession().isPresent());
            if (s.nextSession().isPresent()) {
                NextSession n = s.nextSession().get();
                string(out, n.meetingId());
                string(out, n.title());
                time(out, n.start());
                out.writeInt(n.durationMinutes());
                string(out, n.status() == null ? null : n.status().name());
                out.writeInt(n.agendaItems());
                out.writeInt(n.plannedMinutes());
                out.writeInt(n.carriedForward());
                out.writeInt(n.agenda().size());
                for (AgendaLine line : n.agenda()) {
                    string(out, line.title());
                    integer(out, line.plannedMinutes());
                    out.writeBoolean(line.broughtForward());
                }
            }
            out.writeBoolean(s.customerChange().isPresent());
            if (s.customerChange().isPresent()) {
                CustomerChange c = s.customerChange().get();
                string(out, c.period());
                decimal(out, c.acquired());
                decimal(out, c.lost());
            }
            out.writeInt(s.assetTiles().size());
            for (MetricTile t : s.assetTiles()) {
                string(out, t.metricId());
                string(out, t.name());
                string(out, t.unit() == null ? null : t.unit().name());
                string(out, t.currencyCode());
                string(out, t.period());
                decimal(out, t.value());
                decimal(out, t.target());
                strings(out, t.offTargetLines());
                out.writeInt(t.periodsOffTarget());
            }
            out.writeInt(s.leaders().size());
            for (LeaderLoad l : s.leaders()) {
                string(out, l.personId());
                string(out, l.name());
                string(out, l.silo());
                out.writeInt(l.open());
                out.writeInt(l.overdue());
                out.writeInt(l.stalled());
            }
            out.writeInt(s.recentSessions().size());
            for (RecentSession r : s.recentSessions()) {
                string(out, r.meetingId());
                string(out, r.title());
                time(out, r.start());
                integer(out, r.rating());
                out.writeInt(r.decisions());
                out.writeInt(r.actionsRaised());
            }
            out.writeInt(s.openActions());
            out.writeInt(s.overdueActions());
            out.writeInt(s.stalledActions());
            out.flush();
            out.writeLong(crc(bytes.toByteArray(), bytes.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** CRC-32 of the first {@code length} bytes: SQLite does not check its pages, so a flipped bit would be read as a number. */
    static long crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    /** The summary {@link #encode} wrote; empty for bytes it did not write (damaged, or from elsewhere). */
    public static Optional<HomeSummary> decode(byte[] bytes) {
        if (bytes.length < Long.BYTES || crc(bytes, bytes.length - Long.BYTES)
                != java.nio.ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong()) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - Long.BYTES))) {
            if (in.readInt() != MAGIC) {
                return Optional.empty();
            }
            String company = string(in);
            Optional<NextSession> next = Optional.empty();
            if (in.readBoolean()) {
                String id = string(in);
                String title = string(in);
                OffsetDateTime start = time(in);
                int duration = in.readInt();
                String status = string(in);
                int items = in.readInt();
                int planned = in.readInt();
                int carried = in.readInt();
                List<AgendaLine> agenda = new ArrayList<>();
                for (int i = count(in); i > 0; i--) {
                    agenda.add(new AgendaLine(string(in), integer(in), in.readBoolean()));
                }
                next = Optional.of(new NextSession(id, title, start, duration,
                        status == null ? null : MeetingStatus.valueOf(status), items, planned, carried, List.copyOf(agenda)));
            }
            Optional<CustomerChange> change = in.readBoolean()
                    ? Optional.of(new CustomerChange(string(in), decimal(in), decimal(in))) : Optional.empty();
            List<MetricTile> tiles = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                String id = string(in);
                String name = string(in);
                String unit = string(in);
                tiles.add(new MetricTile(id, name, unit == null ? null : MetricUnit.valueOf(unit), string(in), string(in),
                        decimal(in), decimal(in), strings(in), in.readInt()));
            }
            List<LeaderLoad> leaders = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                leaders.add(new LeaderLoad(string(in), string(in), string(in), in.readInt(), in.readInt(), in.readInt()));
            }
            List<RecentSession> recent = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                recent.add(new RecentSession(string(in), string(in), time(in), integer(in), in.readInt(), in.readInt()));
            }
            HomeSummary summary = new HomeSummary(company, next, change, List.copyOf(tiles), List.copyOf(leaders),
                    List.copyOf(recent), in.readInt(), in.readInt(), in.readInt());
            return in.read() == -1 ? Optional.of(summary) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Too short, a name no enum has, a date or number that does not parse: not a summary this build wrote.
            return Optional.empty();
        }
    }

    /** Length and UTF-8 bytes, -1 for null (not writeUTF: a note pasted into a title may pass its 64 KB). */
    private static void string(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        return new String(in.readNBytes(checkedLength(in, length)), StandardCharsets.UTF_8);
    }

    /** A length no longer than what is left and not negative: damaged bytes must not make a huge array. */
    private static int checkedLength(DataInputStream in, int length) throws IOException {
        if (length < 0 || length > in.available()) {
            throw new EOFException("a length of " + length + " where " + in.available() + " bytes are left");
        }
        return length;
    }

    /** How many items follow: never negative, never more than the bytes left. */
    private static int count(DataInputStream in) throws IOException {
        return checkedLength(in, in.readInt());
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            string(out, value);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        List<String> values = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            values.add(string(in));
        }
        return Collections.unmodifiableList(values);
    }

    private static void integer(DataOutputStream out, Integer value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeInt(value);
        }
    }

    private static Integer integer(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readInt() : null;
    }

    /** As its string, which keeps the scale (1.50 stays 1.50: equal, and shown as entered). */
    private static void decimal(DataOutputStream out, BigDecimal value) throws IOException {
        string(out, value == null ? null : value.toString());
    }

    private static BigDecimal decimal(DataInputStream in) throws IOException {
        String text = string(in);
        return text == null ? null : new BigDecimal(text);
    }

    private static void time(DataOutputStream out, OffsetDateTime value) throws IOException {
        string(out, value == null ? null : value.toString());
    }

    private static OffsetDateTime time(DataInputStream in) throws IOException {
        String text = string(in);
        return text == null ? null : OffsetDateTime.parse(text);
    }
}
