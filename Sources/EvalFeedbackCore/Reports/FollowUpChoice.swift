/// Which of the register's cases a follow-up list holds, whose they are, and what each needs
/// next (R9-R16): the list's decisions, made over the store's candidates.
struct FollowUpChoice {
    let today: LocalDate
    /// Only this account manager's cases, as the register spells the name, when set (R16).
    let manager: String?
    /// One spelling per manager, by the key of a name (R15).
    private let spelling: [String: String]
    private let settings: Settings

    /// The choice for `manager`'s list (everyone's when nil) among the register's `managers`.
    ///
    /// Throws `ListError.unknownManager` for a name nobody has, so that a typo does not look
    /// like an empty list.
    init(today: LocalDate, manager wanted: String?, managers: [String], settings: Settings) throws {
        self.today = today
        self.settings = settings
        // One spelling per manager: `mark jansen` in one clients file and `Mark Jansen` in
        // another are one person, with one list (R15, R16).
        var spelling: [String: String] = [:]
        for name in managers where spelling[ClientKey.of(name)] == nil { spelling[ClientKey.of(name)] = name }
        self.spelling = spelling
        if let wanted {
            guard let name = spelling[ClientKey.of(wanted)] else {
                throw ListError.unknownManager(wanted, known: Array(Set(spelling.values)).sorted())
            }
            manager = name
        } else {
            manager = nil
        }
    }

    /// How many standings a list remembers the action of: far more than the days a register
    /// spans, far fewer than would cost memory.
    private static let remembered = 100_000

    /// The texts a record keeps, each with the candidate's text it comes from.
    private static let texts: [(FollowUpCandidate.Text, FollowUpRecord.Field)] = [
        (.client, .client), (.contactName, .respondent), (.contactEmail, .respondentEmail), (.training, .training),
        (.trainer, .trainer), (.lowScores, .lowScores), (.summary, .summary),
    ]

    /// The listed cases among `candidates`: numbers into the records, texts into the arena.
    func rows(of candidates: FollowUpCandidates) throws -> FollowUpRows {
        var rows = FollowUpRows()
        rows.reserve(cases: candidates.room)
        var days = WorkingDaysToday(today: today, calendar: settings.calendar)
        // Each standing's action, and its to-do's number, is worked out once: cases registered
        // on one day stand alike.
        var actions: [CaseStanding: (next: NextAction, todo: Int32)] = [:]
        // A manager's name is spelled and looked up once per name, not once per case; nil for
        // a name whose cases are not on this list.
        var managers: [String: Int32?] = [:]
        try candidates.each { candidate in
            // The case's manager: assigned by hand, else the client's, else the default (R15).
            var managerIndex: Int32 = -1
            if let name = candidate.assignedManager ?? candidate.clientManager ?? settings.defaultManager {
                let known =
                    managers[name]
                    ?? {
                        let spelled = spelling[ClientKey.of(name)] ?? name
                        let index = manager == nil || spelled == manager ? rows.managerIndex(spelled) : nil
                        managers[name] = index
                        return index
                    }()
                guard let known else { return }
                managerIndex = known
            } else if manager != nil {
                return
            }
            let standing = try candidate.standing()
            guard standing.isOnFollowUpList else { return }
            let (next, todo): (NextAction, Int32)
            if let known = actions[standing] {
                (next, todo) = known
            } else {
                next = NextAction(standing, days: &days)
                todo = rows.todoNumber(next.todo)
                if actions.count < Self.remembered { actions[standing] = (next, todo) }
            }
            rows.begin(
                FollowUpRecord(
                    id: candidate.id, start: 0, lengths: .zero, manager: managerIndex, late: Int32(clamping: next.late),
                    registeredOn: Int32(try candidate.registeredOn().dayNumber),
                    contactDue: Int32(standing.contactDue.dayNumber),
                    contactedOn: standing.contactedOn.map { Int32($0.dayNumber) } ?? FollowUpRecord.none,
                    resolutionDue: Int32(standing.resolutionDue.dayNumber),
                    trainingDate: candidate.trainingDate.map { Int32($0.dayNumber) } ?? FollowUpRecord.none,
                    source: try candidate.source(), state: candidate.state, action: next.action))
            for (text, field) in Self.texts { rows.appendText(candidate.bytes(text), as: field) }
            rows.appendTodo(next, numbered: todo, case: candidate.id)
        }
        return rows
    }
}
