public import Foundation
import GRDB

extension AppDatabase {
    /// Writes one follow-up page per account manager (only that manager's cases, R16), one
    /// with the unassigned cases (R15), and `index.html` linking them, each replaced whole.
    /// A manager with nothing open still gets a page, so that no stale list stays behind.
    public func publish(to folder: URL, on day: LocalDate, settings: Settings, csv: Bool) throws -> [PublishedPage] {
        try PrivateFolder.make(folder)
        let everyone = try followUpList(on: day, manager: nil, settings: settings)
        let managers = try writer.read { db in try Self.managers(in: db, defaultManager: settings.defaultManager) }
        var pages: [PublishedPage] = []
        var people: [String] = []
        for key in Set(managers.map { ClientKey.of($0) }).sorted() {
            if let manager = managers.first(where: { ClientKey.of($0) == key }) { people.append(manager) }
        }
        let slugs = Self.slugs(people)
        // One list read, split per manager: reading the register once per manager made the
        // night's cost grow with managers times cases.
        for manager in people {
            let list = everyone.only(manager)
            pages.append(
                try write(
                    list, slug: slugs[manager] ?? "manager", folder: folder, csv: csv, separator: settings.csvSeparator)
            )
        }
        pages.append(
            try write(
                everyone.unassigned, slug: "unassigned", folder: folder, csv: csv, separator: settings.csvSeparator))
        try AtomicFile.write(PublishedPage.index(pages, day: day), to: folder.appendingPathComponent("index.html").path)
        try Self.removeStalePages(in: folder, keeping: pages)
        return pages
    }

    /// Pages written by an earlier night for a manager who has none now (renamed, or gone) hold
    /// personal data nobody updates: they are removed. Only files this job wrote are touched,
    /// as listed in the folder's `.evalfeedback-pages`.
    private static func removeStalePages(in folder: URL, keeping pages: [PublishedPage]) throws {
        let manifest = folder.appendingPathComponent(".evalfeedback-pages")
        let current = Set(pages.flatMap { [$0.html] + ($0.csv.map { [$0] } ?? []) } + ["index.html"])
        let earlier = ((try? String(contentsOf: manifest, encoding: .utf8)) ?? "").split(separator: "\n").map(
            String.init)
        for name in earlier where !current.contains(name) && !name.contains("/") && !name.hasPrefix(".") {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        try AtomicFile.write(Array((current.sorted().joined(separator: "\n") + "\n").utf8), to: manifest.path)
    }

    /// Each manager's file name: the name simplified (`Özlem Şahin` → `ozlem-sahin`), at most 60
    /// characters; names that simplify alike get a suffix made from the name itself, so that
    /// nobody's page moves to another file when a colleague joins.
    static func slugs(_ managers: [String]) -> [String: String] {
        func base(_ name: String) -> String {
            let simple = ClientKey.of(name).map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
                .split(separator: "-").joined(separator: "-")
            let cut = String(simple.prefix(60))
            return cut.isEmpty || ["index", "unassigned"].contains(cut) ? "manager-" + cut : cut
        }
        let groups = Dictionary(grouping: managers, by: base)
        var slugs: [String: String] = [:]
        for (slug, names) in groups {
            for name in names {
                slugs[name] = names.count == 1 ? slug : slug + "-" + String(ContentHash.fingerprint([name]).prefix(6))
            }
        }
        return slugs
    }

    private func write(_ list: FollowUpList, slug: String, folder: URL, csv: Bool, separator: CSVSeparator) throws
        -> PublishedPage
    {
        try AtomicFile.write(
            list.htmlPage(backTo: "index.html"), to: folder.appendingPathComponent(slug + ".html").path)
        if csv {
            try AtomicFile.write(
                try list.rendered(as: .csv, csvSeparator: separator),
                to: folder.appendingPathComponent(slug + ".csv").path)
        }
        return PublishedPage(
            manager: list.manager, html: slug + ".html", csv: csv ? slug + ".csv" : nil, cases: list.count,
            actionToday: list.actionTodayCount, overdue: list.overdueCount)
    }
}
