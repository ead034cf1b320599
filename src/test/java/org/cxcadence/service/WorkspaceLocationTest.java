package org.cxcadence.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.cxcadence.service.WorkspaceLocation.Kind;
import org.cxcadence.service.WorkspaceLocation.Mount;
import org.cxcadence.service.WorkspaceLocation.Risk;
import org.junit.jupiter.api.Test;

class WorkspaceLocationTest {
    private static final List<Mount> MOUNTS = WorkspaceLocation.parseMounts(List.of(
            "/dev/nvme0n1p2 / ext4 rw,relatime 0 0",
            "server:/export/home /home/pat/nfs nfs4 rw,relatime 0 0",
            "//fs01/team /mnt/team cifs rw 0 0",
            "pat@box:/srv /home/pat/remote fuse.sshfs rw 0 0",
            "/dev/sdb1 /media/pat/My\\040Stick vfat rw 0 0",
            "tmpfs /tmp tmpfs rw 0 0"));

    private static Optional<Kind> kind(String path) {
        return WorkspaceLocation.assess(path, MOUNTS).map(Risk::kind);
    }

    @Test
    void cloudSyncedFoldersAreRecognisedOnEveryPlatform() {
        List<String> synced = List.of(
                "C:\\Users\\pat\\OneDrive\\cx\\workspace.cxcadence",
                "C:\\Users\\pat\\OneDrive - Acme Corp\\workspace.cxcadence",
                "/Users/pat/Dropbox/workspace.cxcadence",
                "/home/pat/Dropbox (Acme)/work/workspace.cxcadence",
                "/Users/pat/Library/Mobile Documents/com~apple~CloudDocs/workspace.cxcadence",
                "C:\\Users\\pat\\iCloudDrive\\workspace.cxcadence",
                "G:\\My Drive\\workspace.cxcadence",
                "/Users/pat/Library/CloudStorage/GoogleDrive-pat@acme.com/My Drive/workspace.cxcadence",
                "/Users/pat/Google Drive/workspace.cxcadence");
        for (String path : synced) {
            assertEquals(Optional.of(Kind.CLOUD_SYNC), kind(path), path);
        }
        assertEquals("OneDrive", WorkspaceLocation.assess(synced.get(1), MOUNTS).orElseThrow().where());
        assertEquals("iCloud Drive", WorkspaceLocation.assess(synced.get(4), MOUNTS).orElseThrow().where());
    }

    @Test
    void networkSharesAreRecognisedByUncPathOrMountType() {
        for (String path : List.of("\\\\fs01\\team\\workspace.cxcadence", "//fs01/team/workspace.cxcadence",
                "/home/pat/nfs/workspace.cxcadence", "/mnt/team/cx/workspace.cxcadence",
                "/home/pat/remote/workspace.cxcadence")) {
            assertEquals(Optional.of(Kind.NETWORK_SHARE), kind(path), path);
        }
        assertTrue(WorkspaceLocation.assess("\\\\fs01\\team\\w.cxcadence", MOUNTS).orElseThrow().where().contains("\\\\fs01"));
    }

    @Test
    void localPathsAreFine() {
        for (String path : List.of("/home/pat/.local/share/cx-cadence/workspace.cxcadence",
                "C:\\Users\\pat\\AppData\\Roaming\\CX Cadence\\workspace.cxcadence",
                "/home/pat/nfs-notes/workspace.cxcadence", // a sibling of the NFS mount, not inside it
                "/media/pat/My Stick/workspace.cxcadence", "/tmp/x.cxcadence",
                "/home/pat/dropboxed-ideas/workspace.cxcadence")) {
            assertEquals(Optional.empty(), kind(path), path);
        }
    }

    @Test
    void theExplanationSaysWhatToDo() {
        String text = new Risk(Kind.CLOUD_SYNC, "Dropbox").explain(java.nio.file.Path.of("/x/w.cxcadence"));
        assertTrue(text.contains("Dropbox") && text.contains("local disk") && text.contains("backups"), text);
    }

    @Test
    void conflictCopiesOfSyncToolsAreRecognisedAndOwnCopiesAreNot() {
        for (String name : List.of("acme (Maya Okafor's conflicted copy 2026-11-23).cxcadence",
                "acme (conflicted copy 2026-11-23 101512).cxcadence", "acme.sync-conflict-20261123-101512-ABCDEFG.cxcadence",
                "ACME (Conflicted Copy).cxcadence")) {
            assertTrue(WorkspaceLocation.isConflictCopy("acme.cxcadence", name, false), name);
        }
        for (String name : List.of("acme-DESKTOP-8F3K2LQ.cxcadence", "acme (1).cxcadence", "acme 2.cxcadence",
                "acme-LAPTOP-PAT.cxcadence")) {
            assertTrue(WorkspaceLocation.isConflictCopy("acme.cxcadence", name, true), name + " in a synced folder");
            assertTrue(!WorkspaceLocation.isConflictCopy("acme.cxcadence", name, false), name + " elsewhere is the user's own");
        }
        for (String name : List.of("acme.cxcadence", "acme-2025.cxcadence", "acme.cxcadence.damaged", "other (1).cxcadence",
                "acme (conflicted copy).json", "acme-before-import.cxcadence")) {
            assertTrue(!WorkspaceLocation.isConflictCopy("acme.cxcadence", name, true), name);
        }
    }

    @Test
    void conflictCopiesBesideTheWorkspaceAreListedWithWhatToDo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path synced = java.nio.file.Files.createDirectories(dir.resolve("Dropbox"));
        java.nio.file.Path file = java.nio.file.Files.writeString(synced.resolve("acme.cxcadence"), "x");
        assertEquals(List.of(), WorkspaceLocation.conflictCopies(file));
        java.nio.file.Path copy = java.nio.file.Files.writeString(
                synced.resolve("acme (Pat's conflicted copy 2026-11-20).cxcadence"), "y");
        java.nio.file.Files.writeString(synced.resolve("acme (1).cxcadence"), "z");
        List<java.nio.file.Path> copies = WorkspaceLocation.conflictCopies(file);
        assertEquals(2, copies.size(), copies.toString());
        assertTrue(copies.contains(copy));
        List<String> warnings = WorkspaceLocation.warnings(file);
        assertEquals(2, warnings.size(), warnings.toString());
        String conflict = warnings.get(1);
        assertTrue(conflict.contains("acme (Pat's conflicted copy 2026-11-20).cxcadence") && conflict.contains("another computer")
                && conflict.contains("nothing is merged"), conflict);
    }
}
