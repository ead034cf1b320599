package org.cxcadence.domain;

/**
 * A leader who attends sessions and owns action items and metrics. The silo is kept as a
 * plain name ("Sales", "Service") because organisations rename silos more often than people.
 *
 * @param position display order; {@code null} means "after the ordered ones"
 * @param active   false once the person has left; kept because history refers to them
 */
public record Person(String id, String name, String silo, String title, String email,
                     Integer position, boolean active) {
    public Person {
        Require.id(id, "id");
        Require.title(name, "name");
    }

    public Person withName(String newName) {
        return new Person(id, newName, silo, title, email, position, active);
    }
}
