import GRDB

extension AppDatabase {
    /// Every case registered from `from` to `to`, for the register extract.
    public func registerExtract(from: LocalDate, to: LocalDate, withPersonalData: Bool, settings: Settings = Settings())
        throws -> RegisterExtract
    {
        try writer.read { db in
            var extract = RegisterExtract(
                from: from, to: to,
                cases: try ReportQueries.cases(
                    db, registeredIn: ReportPeriod(from: from, to: to), defaultManager: settings.defaultManager),
                withPersonalData: withPersonalData)
            extract.letters = try Self.letters(in: db, of: extract.cases.map(\.id))
            return extract
        }
    }
}
