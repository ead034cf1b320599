package org.cxcadence.service;

/**
 * One row of a reference list as the editors see it: a person, topic area, journey stage or
 * segment. Silo, title and email are used for people only.
 *
 * @param archived archived rows stay for history (sessions and actions name them) but are not offered for new work
 */
public record DirectoryEntry(String id, String name, boolean archived, String silo, String title, String email) {
    public static DirectoryEntry named(String id, String name, boolean archived) {
        return new DirectoryEntry(id, name, archived, null, null, null);
    }

    public DirectoryEntry withName(String newName) {
        return new DirectoryEntry(id, newName, archived, silo, title, email);
    }

    public DirectoryEntry withArchived(boolean value) {
        return new DirectoryEntry(id, name, value, silo, title, email);
    }

    public DirectoryEntry withDetails(String newSilo, String newTitle, String newEmail) {
        return new DirectoryEntry(id, name, archived, newSilo, newTitle, newEmail);
    }
}
