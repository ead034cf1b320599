package org.cxcadence.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a workspace file lives, as far as its safety goes: a folder that a sync tool copies
 * (OneDrive, Dropbox, iCloud Drive, Google Drive) or a network share. Sync tools copy the live
 * database and its -wal separately and can hand back a torn or stale file; network file systems
 * often break SQLite's locks. The detection is a pure function of the path and the mount table.
 */
public final class WorkspaceLocation {

    /** What kind of risky place. */
    public enum Kind { CLOUD_SYNC, NETWORK_SHARE }

    /** A risk: the kind, and the service or file system that makes it so ("OneDrive", "nfs"). */
    public record Risk(Kind kind, String where) {
        /** One line for stderr and the window's banner. */
        public String explain(Path file) {
            String place = kind == Kind.CLOUD_SYNC ? "a folder synced by " + where : "a network share (" + where + ")";
            return file + " is in " + place + ". Sync tools and network file systems can copy or lock a live database"
                    + " file badly and corrupt it. Keep the workspace on a local disk and let only its backups go to"
                    + " the synced folder.";
        }
    }

    /** One line of /proc/mounts: where it is mounted and the file system type. */
    public record Mount(String mountPoint, String type) {
    }

    private static final List<String[]> CLOUD_FOLDERS = List.of(
            new String[] {"onedrive", "OneDrive"},
            new String[] {"dropbox", "Dropbox"},
            new String[] {"mobile documents", "iCloud Drive"},
            new String[] {"icloud drive", "iCloud Drive"},
            new String[] {"iclouddrive", "iCloud Drive"},
            new String[] {"google drive", "Google Drive"},
            new String[] {"googledrive", "Google Drive"},
            new String[] {"my drive", "Google Drive"});
    private static final Set<String> NETWORK_TYPES = Set.of("nfs", "nfs4", "cifs", "smb", "smbfs", "smb3",
            "fuse.sshfs", "sshfs", "9p", "afs", "fuse.rclone", "davfs", "fuse.davfs2");

    private WorkspaceLocation() {
    }

    /**
     * The risk of keeping a workspace at {@code path} (absolute, as text, in the platform's
     * separators), given the mount table; empty when it looks local.
     */
    public static Optional<Risk> assess(String path, List<Mount> mounts) {
        String normal = path.replace('\\', '/');
        if (normal.startsWith("//")) {
            return Optional.of(new Risk(Kind.NETWORK_SHARE, "Windows share " + uncServer(normal)));
        }
        for (String segment : normal.split("/")) {
            String s = segment.toLowerCase(Locale.ROOT).strip();
            for (String[] cloud : CLOUD_FOLDERS) {
                // "OneDrive", "OneDrive - Acme", "Dropbox (Acme)", "Google Drive", "CloudStorage/GoogleDrive-…"
                if (s.equals(cloud[0]) || s.startsWith(cloud[0] + " ") || s.startsWith(cloud[0] + "-")
                        || s.startsWith(cloud[0] + "(")) {
                    return Optional.of(new Risk(Kind.CLOUD_SYNC, cloud[1]));
                }
            }
        }
        Mount best = null;
        for (Mount m : mounts) {
            String point = m.mountPoint().endsWith("/") ? m.mountPoint() : m.mountPoint() + "/";
            if ((normal + "/").startsWith(point) && (best == null || m.mountPoint().length() > best.mountPoint().length())) {
                best = m;
            }
        }
        if (best != null && NETWORK_TYPES.contains(best.type().toLowerCase(Locale.ROOT))) {
            return Optional.of(new Risk(Kind.NETWORK_SHARE, best.type()));
        }
        return Optional.empty();
    }

    /** "conflicted copy" (Dropbox, Nextcloud, ownCloud), ".sync-conflict-" (Syncthing), in any case. */
    private static final java.util.regex.Pattern CONFLICT_WORDS = java.util.regex.Pattern.compile(
            "(?i).*(conflicted copy|sync-conflict|conflict copy|\\(conflict).*");
    /** In a synced folder only: "NAME (1)" (Google Drive), "NAME 2" (iCloud), "NAME-DESKTOP-8F3K2LQ" (OneDrive). */
    private static final java.util.regex.Pattern NUMBERED_OR_MACHINE = java.util.regex.Pattern.compile(
            "(?i) \\(\\d{1,3}\\)| \\d{1,3}|-(?:desktop|laptop|pc)-[a-z0-9]+");

    /**
     * Whether {@code candidate} (a file name beside the workspace {@code workspace}) looks like a copy
     * that a sync tool made when two computers changed the workspace. Names with "conflicted copy"
     * or "sync-conflict" always count; numbered or machine-named ones only in a synced folder, where
     * no person is likely to have named them so.
     */
    public static boolean isConflictCopy(String workspace, String candidate, boolean inSyncedFolder) {
        String ext = ".cxcadence";
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(ext) || candidate.equalsIgnoreCase(workspace)) {
            return false;
        }
        String base = workspace.toLowerCase(Locale.ROOT).endsWith(ext)
                ? workspace.substring(0, workspace.length() - ext.length()) : workspace;
        if (!lower.startsWith(base.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String rest = candidate.substring(base.length(), candidate.length() - ext.length());
        if (rest.isEmpty()) {
            return false;
        }
        return CONFLICT_WORDS.matcher(rest).matches() || inSyncedFolder && NUMBERED_OR_MACHINE.matcher(rest).matches();
    }

    /** The conflict copies beside {@code file}, by name (empty when the folder cannot be read). */
    public static List<Path> conflictCopies(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || absolute.getFileName() == null) {
            return List.of();
        }
        boolean synced = assess(absolute).filter(r -> r.kind() == Kind.CLOUD_SYNC).isPresent();
        String name = absolute.getFileName().toString();
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> isConflictCopy(name, f.getFileName().toString(), synced))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Everything to tell the person about where the workspace lives, one message each: the risk of
     * its folder, and conflict copies a sync tool left beside it (changes made on another computer
     * may be only there).
     */
    public static List<String> warnings(Path file) {
        List<String> warnings = new ArrayList<>();
        assess(file).ifPresent(risk -> warnings.add(risk.explain(file)));
        List<Path> copies = conflictCopies(file);
        if (!copies.isEmpty()) {
            warnings.add("A sync tool left " + (copies.size() == 1 ? "a conflict copy" : copies.size() + " conflict copies")
                    + " beside " + file.getFileName() + ": " + String.join(", ", copies.stream()
                    .map(p -> p.getFileName().toString()).toList()) + ". Changes made on another computer may be only"
                    + " there; nothing is merged automatically. Open the copy (File → Open) to compare, then keep one"
                    + " workspace and move the other out of the folder.");
        }
        return warnings;
    }

    /** The risk for a real file on this machine (reads /proc/mounts where there is one). */
    public static Optional<Risk> assess(Path file) {
        return assess(file.toAbsolutePath().normalize().toString(), mounts(Path.of("/proc/mounts")));
    }

    /** Parses a mounts table (fields separated by spaces, octal escapes like {@code \040} for a space). */
    public static List<Mount> parseMounts(List<String> lines) {
        List<Mount> mounts = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 3) {
                mounts.add(new Mount(unescape(f[1]), f[2]));
            }
        }
        return mounts;
    }

    private static List<Mount> mounts(Path table) {
        try {
            return Files.isReadable(table) ? parseMounts(Files.readAllLines(table)) : List.of();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static String unescape(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length() && field.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String uncServer(String normal) {
        String rest = normal.substring(2);
        int slash = rest.indexOf('/');
        return "\\\\" + (slash < 0 ? rest : rest.substring(0, slash));
    }
}
