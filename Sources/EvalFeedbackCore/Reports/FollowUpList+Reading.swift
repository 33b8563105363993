extension AppDatabase {
    /// The follow-up list on `today`: every case still being handled or still owing the client
    /// something, or one account manager's (R15, R16).
    ///
    /// Throws `ListError.unknownManager` for a name nobody has, so that a typo does not look
    /// like an empty list.
    public func followUpList(on today: LocalDate, manager: String?, settings: Settings = Settings()) throws
        -> FollowUpList
    {
        let parts = try readFollowUpCandidates(
            on: today, defaultManager: settings.defaultManager, manager: manager
        ) { candidates in
            let choice = try FollowUpChoice(
                today: today, manager: manager, managers: candidates.managers, settings: settings)
            return (manager: choice.manager, rows: try choice.rows(of: candidates))
        }
        var rows = FollowUpRows()
        for part in parts { rows.append(contentsOf: part.rows) }
        return FollowUpList(day: today, manager: parts.first?.manager, rows: rows)
    }
}
