package org.cxcadence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cxcadence.domain.Person;

/** The leaders: listed in the user's order; archived (inactive), never deleted, because history names them. */
public final class PersonRepository {
    private static final String TABLE = "people";
    private static final String SELECT = """
            SELECT id, name, silo, title, email, position, active FROM people
            """;
    private static final String UPSERT = """
            INSERT INTO people (id, list_order, name, silo, title, email, position, active)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, silo = excluded.silo, title = excluded.title,
                email = excluded.email, position = coalesce(excluded.position, position), active = excluded.active
            """;

    private final Database db;

    public PersonRepository(Database db) {
        this.db = db;
    }

    public List<Person> list() {
        return db.read(PersonRepository::listAll);
    }

    public Optional<Person> find(String id) {
        return db.read(c -> find(c, id));
    }

    private static Optional<Person> find(java.sql.Connection c, String id) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /** Adds a new person at the end of the list, or updates the fields of an existing one in place. */
    public void upsert(Person person) {
        db.write(c -> upsert(c, person, OrderedRows.nextListOrder(c, TABLE)));
    }

    /** Adds or updates several people in one transaction (an import: all or nothing). */
    public void upsertAll(List<Person> people) {
        db.write(c -> {
            for (Person p : people) {
                upsert(c, p, OrderedRows.nextListOrder(c, TABLE));
            }
        });
    }

    public void reorder(List<String> idsInOrder) {
        db.write(c -> OrderedRows.reorder(c, TABLE, idsInOrder));
    }

    public void setPosition(String id, Integer position) {
        db.write(c -> OrderedRows.setPosition(c, TABLE, id, position));
    }

    /** Marks a person as no longer active; sessions and actions that name them keep their name. */
    public void archive(String id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE people SET active = 0 WHERE id = ?")) {
                ps.setString(1, id);
                if (ps.executeUpdate() == 0) {
                    throw new StoreException("no person with id " + id);
                }
            }
        });
    }

    /**
     * Deletes the row if nothing refers to it (undo of an add) and says whether it did; a row still
     * named by history is kept, because the deferred foreign keys refuse the delete at commit.
     */
    public boolean deleteIfUnreferenced(String id) {
        try {
            db.write(c -> Sql.execute(c, "DELETE FROM people WHERE id = ?", id));
            return true;
        } catch (StoreException e) {
            return false;
        }
    }

    static List<Person> listAll(Connection c) throws SQLException {
        List<Person> people = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY list_order, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                people.add(map(rs));
            }
        }
        return people;
    }

    static void insertAll(Connection c, List<Person> people) throws SQLException {
        for (int i = 0; i < people.size(); i++) {
            upsert(c, people.get(i), i);
        }
    }

    private static void upsert(Connection c, Person p, int listOrder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, p.id());
            ps.setInt(2, listOrder);
            ps.setString(3, p.name());
            Sql.setNullable(ps, 4, p.silo());
            Sql.setNullable(ps, 5, p.title());
            Sql.setNullable(ps, 6, p.email());
            Sql.setNullable(ps, 7, p.position());
            ps.setInt(8, p.active() ? 1 : 0);
            ps.executeUpdate();
        }
    }

    private static Person map(ResultSet rs) throws SQLException {
        return map(rs, 1);
    }

    /** A person from the columns of {@link #SELECT} in its order, the first at {@code first}. */
    static Person map(ResultSet rs, int first) throws SQLException {
        int stored = rs.getInt(first + 5);
        Integer position = rs.wasNull() ? null : stored;
        return new Person(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2),
                rs.getString(first + 3), rs.getString(first + 4), position, rs.getInt(first + 6) == 1);
    }
}
