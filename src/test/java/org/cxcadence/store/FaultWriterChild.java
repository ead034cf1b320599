package org.cxcadence.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;

/**
 * Run in a child JVM by {@link FaultRun}: writes numbered rows (a person whose title is a ~2 KB
 * note) through the real {@link Database}, one transaction each, and prints {@code COMMIT n} only
 * after the commit returned. The parent kills it with SIGKILL at a random moment.
 */
public final class FaultWriterChild {
    private FaultWriterChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long start = Long.parseLong(args[1]);
        try (Database db = Database.openExisting(file, Database.Mode.WRITE)) {
            System.out.println("READY");
            System.out.flush();
            for (long n = start; ; n++) {
                long row = n;
                db.write(c -> {
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO people (id, list_order, name, title) VALUES (?, ?, ?, ?)")) {
                        ps.setString(1, "fault-" + row);
                        ps.setLong(2, row);
                        ps.setString(3, "Row " + row);
                        ps.setString(4, ("note " + row + " ").repeat(200));
                        ps.executeUpdate();
                    }
                });
                System.out.println("COMMIT " + row);
                System.out.flush();
            }
        }
    }
}
