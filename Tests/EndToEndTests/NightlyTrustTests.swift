import Foundation
import TestSupport
import Testing

/// The nightly job as a new install, a broken folder and a hostile inbox meet it: every night
/// imports what it can, and always ends with its summary.
@Suite("The nightly job on a new install, with broken folders and a hostile inbox", .serialized)
struct NightlyTrustTests {
    private static let nobody: (uid: uid_t, gid: gid_t) = (65_534, 65_534)

    @Test("The first night of a new install makes the register and runs the whole night")
    func firstNight() throws {
        let night = try Night(newInstall: true)
        #expect(!FileManager.default.fileExists(atPath: night.cli.database))
        try night.drop("maandag.csv", copying: Night.monday)
        let result = try night.run(asOf: "2026-11-23")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("maandag.csv: 16 records, 16 imported, 0 rejected, 6 flagged, 6 cases opened"))
        #expect(result.stdout.contains("  purge:   purged on 2026-11-23"))
        #expect(result.stdout.contains("  pages:   1 lists written, with index.html"))
        #expect(try Self.mode(night.cli.database) == 0o600)
        #expect(try night.archived() == ["maandag.csv"])
        let list = try night.cli.evalfeedback("followups", asOf: "2026-11-23")
        #expect(list.status == 0)
        #expect(list.stdout.contains("Bram Smit"))
    }

    @Test(
        "An archive that cannot be a folder: every export is imported, pages and purge done, the problem named, exit 3")
    func archiveIsAFile() throws {
        let night = try Night()
        try FileManager.default.removeItem(at: night.archive)
        try "not a folder".write(to: night.archive, atomically: true, encoding: .utf8)
        try night.drop("maandag.csv", copying: Night.monday)
        try night.drop("dinsdag.csv", copying: Night.tuesday)
        let result = try night.run(asOf: "2026-11-24")
        #expect(result.status == 3)
        #expect(result.stdout.contains("  inbox:   2 imported, 0 already imported, 0 left in the inbox"))
        #expect(result.stdout.contains("maandag.csv: 16 records, 16 imported"))
        #expect(result.stdout.contains("dinsdag.csv: 10 records"))
        #expect(result.stdout.contains("PROBLEM: maandag.csv was imported but could not be archived"))
        #expect(result.stdout.contains("PROBLEM: dinsdag.csv was imported but could not be archived"))
        #expect(result.stdout.contains("a file is in its place"))
        #expect(result.stdout.contains("  purge:   purged on 2026-11-24"))
        #expect(result.stdout.contains("look at:") && result.stdout.contains("the problems above"))
        #expect(FileManager.default.fileExists(atPath: night.publish.appendingPathComponent("index.html").path))
        #expect(try night.inboxNames() == ["dinsdag.csv", "maandag.csv"], "left for the next night to archive")

        // The archive mended: the next night archives both, imports nothing twice.
        try FileManager.default.removeItem(at: night.archive)
        let next = try night.run(asOf: "2026-11-25")
        #expect(next.stdout.contains("  inbox:   0 imported, 2 already imported"))
        #expect(try night.inboxNames().isEmpty)
        #expect(try night.archived() == ["dinsdag.csv", "maandag.csv"])
        for folder in ["", "2026", "2026/11"] {
            #expect(try Self.mode(night.archive.appendingPathComponent(folder).path) == 0o700, "\(folder) is 0700")
        }
        for name in try night.archived() {
            let path = night.archive.appendingPathComponent("2026/11/\(name)").path
            #expect(try Self.mode(path) == 0o600, "\(name) was 0644 in the inbox; archived, it is 0600")
        }
    }

    @Test(
        "As an unprivileged user whose archive is not writable, the night still imports, purges and publishes",
        .enabled(if: CommandRunner.canRunAsOtherUser))
    func unwritableArchiveAsNobody() throws {
        let night = try Night()
        try night.drop("maandag.csv", copying: Night.monday)
        try night.drop("dinsdag.csv", copying: Night.tuesday)
        night.cli.give(to: Self.nobody)
        chown(night.archive.path, 0, 0)
        chmod(night.archive.path, 0o755)
        let result = try night.run(as: "nobody", asOf: "2026-11-24")
        #expect(result.status == 3, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("  inbox:   2 imported"))
        #expect(result.stdout.contains("could not be archived"))
        #expect(result.stdout.contains("Permission denied"))
        #expect(result.stdout.contains("  purge:   purged on 2026-11-24"))
        #expect(FileManager.default.fileExists(atPath: night.publish.appendingPathComponent("index.html").path))
        #expect(try night.inboxNames() == ["dinsdag.csv", "maandag.csv"])
    }

    @Test(
        "A full disk in the archive: the export is imported and stays in the inbox, no half copy is left",
        .enabled(if: TinyDisk.isPossible))
    func fullArchiveDisk() throws {
        let night = try Night()
        let disk = try TinyDisk(at: night.archive)
        defer { disk.unmount() }
        var text = scoresHeader + "\n"
        for row in 1...900 {
            text +=
                "VOL-\(row),2026-11-20T10:00:00,Excel,2026-11-20,Eva Bos,Zorggroep Het Baken,Deelnemer \(row),d\(row)@x.example,8,8,8,8,Een opmerking die de regel wat langer maakt\n"
        }
        try night.drop("groot.csv", text: text)
        let result = try night.run(asOf: "2026-11-24")
        #expect(result.status == 3)
        #expect(result.stdout.contains("groot.csv: 900 records, 900 imported"))
        #expect(result.stdout.contains("groot.csv was imported but could not be archived"))
        #expect(result.stdout.contains("No space left on device"))
        #expect(result.stdout.contains("  pages:   "))
        #expect(try night.inboxNames() == ["groot.csv"])
        #expect(try night.archived().isEmpty, "the half-written copy is removed")
    }

    @Test("Links, pipes and devices in the inbox are skipped by name; nothing of what a link points to is read")
    func hostileInbox() throws {
        let night = try Night()
        let secret = night.cli.folder.appendingPathComponent("shadow")
        try "root:$6$GEHEIMEHASH:19000:0:99999:7:::\n".write(to: secret, atomically: true, encoding: .utf8)
        chmod(secret.path, 0o600)
        try FileManager.default.createSymbolicLink(
            atPath: night.inbox.appendingPathComponent("shadow.csv").path, withDestinationPath: secret.path)
        try FileManager.default.createSymbolicLink(
            atPath: night.inbox.appendingPathComponent("map.csv").path, withDestinationPath: night.cli.folder.path)
        #expect(mkfifo(night.inbox.appendingPathComponent("pijp.csv").path, 0o644) == 0)
        // A character device like /dev/null (1, 3), where this user may make one.
        let device = mknod(night.inbox.appendingPathComponent("null.csv").path, S_IFCHR | 0o644, dev_t(0x103)) == 0
        try night.drop("maandag.csv", copying: Night.monday)

        let result = try night.run(asOf: "2026-11-23")
        let everything = result.stdout + result.stderr
        #expect(!everything.contains("GEHEIMEHASH"), "never a word of a link's target")
        #expect(!everything.contains(secret.path), "never a link's target")
        #expect(result.stdout.contains("shadow.csv: skipped, a symbolic link: links in the inbox are never followed"))
        #expect(result.stdout.contains("map.csv: skipped, a symbolic link"))
        #expect(result.stdout.contains("pijp.csv: skipped, a named pipe (FIFO), not a file"))
        if device { #expect(result.stdout.contains("null.csv: skipped, a device, not a file")) }
        #expect(result.stdout.contains("maandag.csv: 16 records, 16 imported"))
        #expect(try night.inboxNames().contains("shadow.csv"), "left where it is")
        #expect(try String(contentsOf: secret, encoding: .utf8).contains("GEHEIMEHASH"), "the target is untouched")
    }

    @Test("A workbook (.xlsx) in the inbox is imported and archived like a CSV export")
    func workbook() throws {
        let night = try Night()
        try night.drop(
            "forms.xlsx",
            copying: Repository.fixtures.appendingPathComponent(
                "surveytools/microsoft-forms/Cursusevaluatie Excel(1-32).xlsx"))
        let result = try night.run(asOf: "2026-11-26")
        #expect(
            result.stdout.contains("forms.xlsx: 32 records, 32 imported, 0 rejected, 10 flagged"), "\(result.stdout)")
        #expect(try night.inboxNames().isEmpty)
        #expect(try night.archived() == ["forms.xlsx"])
    }

    @Test("A file that is no export is quoted in short, printable pieces only")
    func hostileHeader() throws {
        let night = try Night()
        let cells =
            ["root:$6$" + String(repeating: "X", count: 60) + "STAARTGEHEIM:19000", "\u{1B}[31mrood\u{202E}"]
            + (1...28).map { "kolom\($0)" }
        try night.drop("wachtwoorden.csv", text: cells.joined(separator: ",") + "\nwaarde\n")
        let result = try night.run(asOf: "2026-11-23")
        #expect(result.status == 3)
        #expect(result.stdout.contains("wachtwoorden.csv: LEFT IN THE INBOX"))
        #expect(!result.stdout.contains("STAARTGEHEIM"), "a header cell is cut at 40 characters")
        #expect(
            !result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{202E}"), "no control or bidi characters")
        #expect(result.stdout.contains("rood"))
        #expect(result.stdout.contains("and 10 more"), "at most twenty header cells")
        #expect(!result.stdout.contains("kolom28"))
    }

    @Test("nightly --mapping applies the mapping file to the night's exports")
    func mapping() throws {
        let custom = Repository.fixtures.appendingPathComponent("surveytools/custom")
        let with = try Night()
        try with.drop("eigen.csv", copying: custom.appendingPathComponent("eigen-formulier.csv"))
        let mapped = try with.run(
            asOf: "2026-11-23", "--mapping", custom.appendingPathComponent("eigen-formulier.mapping.yaml").path)
        #expect(mapped.stdout.contains("eigen.csv: 30 records, 30 imported, 0 rejected, 9 flagged"), "\(mapped.stdout)")

        let without = try Night()
        try without.drop("eigen.csv", copying: custom.appendingPathComponent("eigen-formulier.csv"))
        let plain = try without.run(asOf: "2026-11-23")
        #expect(!plain.stdout.contains("9 flagged"), "without the mapping, the reversed scale is not known")
    }

    @Test("The config file's nightly folders are read from the config file's own folder, wherever cron runs it")
    func configRelativeFolders() throws {
        let cli = try CommandRunner()
        let conf = cli.folder.appendingPathComponent("conf")
        let inbox = conf.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try "nightly:\n  inbox: in\n  archive: archief\n  publish: lijsten\n".write(
            to: conf.appendingPathComponent("evalfeedback.yaml"), atomically: true, encoding: .utf8)
        let export = inbox.appendingPathComponent("maandag.csv")
        try FileManager.default.copyItem(at: Night.monday, to: export)
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: export.path)
        // Run from the test's folder, not from conf/: "in" must still mean conf/in.
        let result = try cli.evalfeedback("nightly", "--config", "conf/evalfeedback.yaml", asOf: "2026-11-23")
        #expect(result.stdout.contains("maandag.csv: 16 records, 16 imported"), "\(result.stdout)\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: conf.appendingPathComponent("archief/2026/11/maandag.csv").path))
        #expect(FileManager.default.fileExists(atPath: conf.appendingPathComponent("lijsten/index.html").path))
    }

    @Test(
        "R17: an archived export goes once the register has purged its responses; a copy of a known export is adopted and goes too; a file no import read is named, never deleted"
    )
    func archiveRetention() throws {
        let night = try Night()
        var high = scoresHeader + "\n"
        for row in 1...3 {
            high +=
                "HOOG-\(row),2026-11-20T10:00:00,Excel,2026-11-20,Eva Bos,Zorggroep Het Baken,Deelnemer \(row),h\(row)@x.example,9,9,9,9,Top\n"
        }
        high += "HOOG-KAPOT,2026-11-20,te,weinig,velden\n"
        try night.drop("hoog.csv", text: high)
        try night.drop("maandag.csv", copying: Night.monday)
        let first = try night.run(asOf: "2026-11-23")
        #expect(first.stdout.contains("hoog.csv: 4 records, 3 imported, 1 rejected"))
        #expect(try night.archived() == ["hoog.csv", "maandag.csv"])

        // Copied into the archive by hand: the same bytes as hoog.csv, and a file no import read.
        let byHand = night.archive.appendingPathComponent("handmatig")
        try FileManager.default.createDirectory(at: byHand, withIntermediateDirectories: true)
        try high.write(to: byHand.appendingPathComponent("hoog-kopie.csv"), atomically: true, encoding: .utf8)
        let unknown = byHand.appendingPathComponent("onbekend.csv")
        try "naam,email\nPiet,piet@x.example\n".write(to: unknown, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -800 * 86_400)], ofItemAtPath: unknown.path)

        // A year on, nothing of the responses of hoog.csv is kept: its archived copy goes.
        let dryRun = try night.cli.evalfeedback("purge", "--dry-run", asOf: "2027-11-24")
        #expect(dryRun.stdout.contains("1 rejected record, 1 archived export; nothing was changed"), "\(dryRun.stdout)")
        let later = try night.run(asOf: "2027-11-24")
        #expect(later.stdout.contains("1 rejected record, 2 archived exports"), "\(later.stdout)")
        #expect(try night.archived() == ["maandag.csv"], "its cases are still open: its responses are kept")
        #expect(!FileManager.default.fileExists(atPath: byHand.appendingPathComponent("hoog-kopie.csv").path))
        #expect(FileManager.default.fileExists(atPath: unknown.path), "never deleted: nothing says what it holds")
        #expect(later.stdout.contains("PROBLEM: the archive holds 1 file older than a year that no import read"))
        #expect(later.stdout.contains("handmatig/onbekend.csv"))
        #expect(later.status == 3)
        let rejects = try night.cli.evalfeedback("rejects", asOf: "2027-11-24")
        #expect(!rejects.stdout.contains("HOOG-KAPOT"), "the rejected record went with its file")
        #expect(try night.cli.evalfeedback("check", asOf: "2027-11-24").status == 0)
    }

    @Test(
        "A team member who may read the register but not write it gets the lists and the report once the owner has run a command since the register's mode changed (before, they are told so); a write killed half-way is not seen",
        .enabled(if: CommandRunner.canRunAsOtherUser))
    func readOnlyRegister() throws {
        let night = try Night()
        try night.drop("maandag.csv", copying: Night.monday)
        _ = try night.run(asOf: "2026-11-23")
        chmod(night.cli.folder.path, 0o755)
        let database = night.cli.database
        let read = { (command: String) throws -> CommandRunner.Result in
            try night.cli.run(as: "nobody", [command, "--database", database, "--as-of", "2026-11-24"])
        }
        // The write-ahead log's files stay between runs (nobody may create them in this folder).
        #expect(FileManager.default.fileExists(atPath: database + "-wal"))
        #expect(FileManager.default.fileExists(atPath: database + "-shm"))
        for (mode, group) in [(0o444, gid_t(0)), (0o640, Self.nobody.gid)] {
            chown(database, 0, group)
            chmod(database, mode_t(mode))
            if mode == 0o444 {
                // The log's files still have the register's first mode (0600): only its owner can change them.
                let before = try read("followups")
                #expect(before.status == 74, "\(before.stderr)")
                #expect(before.stderr.contains("you may not read its write-ahead log"), "\(before.stderr)")
                #expect(before.stderr.contains("Ask its owner"))
            }
            #expect(try night.cli.evalfeedback("followups", asOf: "2026-11-24").status == 0)
            #expect(try Self.mode(database + "-wal") == mode)
            let list = try read("followups")
            #expect(list.status == 0, "mode \(String(mode, radix: 8)): \(list.stderr)")
            #expect(list.stdout.contains("Bram Smit"))
            let report = try read("report")
            #expect(report.status == 0, "mode \(String(mode, radix: 8)): \(report.stderr)")
        }

        // A write killed half-way leaves pages in the log that were never committed: readers
        // read the register as it was before it (under the rollback journal they were stopped).
        let crash = Process()
        crash.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        crash.arguments = [
            "python3", "-c",
            """
            import os, sqlite3, sys
            db = sqlite3.connect(sys.argv[1], isolation_level=None)
            db.execute("PRAGMA cache_size = 1")
            db.execute("BEGIN IMMEDIATE")
            db.execute("UPDATE response SET comment = 'half geschreven' || id")
            db.execute("CREATE TABLE vulling AS SELECT * FROM response")
            os._exit(0)
            """, database,
        ]
        try crash.run()
        crash.waitUntilExit()
        let walSize = try FileManager.default.attributesOfItem(atPath: database + "-wal")[.size] as? Int ?? 0
        #expect(walSize > 0, "the half write is in the log")
        let afterCrash = try read("followups")
        #expect(afterCrash.status == 0, "\(afterCrash.stderr)")
        #expect(afterCrash.stdout.contains("Bram Smit"))
        #expect(!afterCrash.stdout.contains("half geschreven"), "readers do not see a write that was not committed")
        let owner = try night.cli.evalfeedback("followups", asOf: "2026-11-24")
        #expect(owner.status == 0)
        #expect(!owner.stdout.contains("half geschreven"), "the owner's command dropped the half write")
        #expect(try read("followups").status == 0)
    }

    private static func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? 0) & 0o777
    }
}

/// A 64 KiB file system (tmpfs) mounted on a folder, to fill up: only as root, where mounting works.
struct TinyDisk {
    let folder: URL

    /// True when a tmpfs can be mounted here.
    static let isPossible: Bool = {
        guard getuid() == 0 else { return false }
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("evalfeedback-mount-\(getpid())")
        try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: probe) }
        guard (try? TinyDisk(at: probe)) != nil else { return false }
        _ = run("/usr/bin/umount", [probe.path])
        return true
    }()

    init(at folder: URL) throws {
        self.folder = folder
        guard Self.run("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.path]) == 0 else {
            throw CocoaError(.fileWriteNoPermission)
        }
    }

    func unmount() { _ = Self.run("/usr/bin/umount", [folder.path]) }

    private static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
