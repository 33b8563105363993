extension QuarterlyReport {
    /// How the period's complaints were handled (R7-R14), from the cases registered in it.
    public struct Handling: Sendable, Codable, Equatable {
        /// Cases per source (R7).
        public let bySource: [Count]
        /// Evaluation cases per low dimension (one case can count for several).
        public let byDimension: [Count]
        /// Resolved, unfounded, still open.
        public let outcomes: [Count]
        /// The outcome counted for a case not closed.
        static let stillOpen = "still open"
        /// Contacted by the end of the second working day, of those contacted or due (R9).
        public let contactedInTime: Share
        /// The median working days from registration to contact.
        public let medianWorkingDaysToContact: Double?
        /// Closed within four weeks, or by a date promised in time (R10, R11), of those closed or due.
        public let resolvedInTime: Share
        /// Clients told of a delay (an extension recorded) before the four weeks ended, of those
        /// whose complaint took longer: closed after R10's date, or open past it (R11).
        public let delayToldInTime: Share
        /// Cases closed late, or still open past their deadline: the first 100 (the register lists all).
        public let late: [LateCase]
        /// How many cases were late in all.
        public let lateCount: Int
        /// Extensions, timely or late (R11).
        public let extensions: [ExtensionEntry]
        /// Appeals and their rulings (R12).
        public let appeals: [AppealEntry]
        /// Cases open and overdue on the period's last day.
        public let overdueAtEnd: Int
    }

    /// A label and how many.
    public struct Count: Sendable, Codable, Equatable {
        /// What is counted.
        public let label: String
        /// How many.
        public let count: Int
    }

    /// A case that missed its resolution deadline.
    public struct LateCase: Sendable, Codable, Equatable {
        /// The case number.
        public let caseID: Int64
        /// The procedure's deadline: four weeks, moved only by extensions told in time (R11).
        public let due: LocalDate
        /// When it was closed; nil when still open.
        public let closedOn: LocalDate?
    }

    /// One extension (R11).
    public struct ExtensionEntry: Sendable, Codable, Equatable {
        /// The case number.
        public let caseID: Int64
        /// When the client was told.
        public let toldOn: LocalDate
        /// The answer date last promised.
        public let expected: LocalDate
        /// False when any extension of the case was told after the deadline then in force: a
        /// breach (R11), which a later, timely extension does not undo.
        public let timely: Bool
        /// The deadline the first late extension missed; nil when `timely`.
        public let missedDeadline: LocalDate?
        /// Why it took longer.
        public let reason: String
    }

    /// One appeal (R12).
    public struct AppealEntry: Sendable, Codable, Equatable {
        /// The case number.
        public let caseID: Int64
        /// When the client appealed.
        public let appealedOn: LocalDate
        /// `upheld`, `rejected`, or nil while awaited.
        public let ruling: String?
        /// When it was ruled on.
        public let ruledOn: LocalDate?
    }

    /// A cause recorded at closing, per training and trainer, and whether it came back.
    public struct RecurringCause: Sendable, Codable, Equatable {
        /// The cause category.
        public let cause: String
        /// The training, or `(any)` when counted over all.
        public let training: String
        /// The trainer.
        public let trainer: String
        /// Cases closed with it in this period.
        public let cases: Int
        /// The quarters it was recorded in, up to this period's end.
        public let quarters: [String]
        /// True when it was recorded in two or more quarters.
        public var recurring: Bool { quarters.count >= 2 }

        enum CodingKeys: String, CodingKey { case cause, training, trainer, cases, quarters, recurring }

        init(cause: String, training: String, trainer: String, cases: Int, quarters: [String]) {
            self.cause = cause
            self.training = training
            self.trainer = trainer
            self.cases = cases
            self.quarters = quarters
        }

        /// Decodes the stored fields; `recurring` is derived.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            cause = try container.decode(String.self, forKey: .cause)
            training = try container.decode(String.self, forKey: .training)
            trainer = try container.decode(String.self, forKey: .trainer)
            cases = try container.decode(Int.self, forKey: .cases)
            quarters = try container.decode([String].self, forKey: .quarters)
        }

        /// Encodes the fields and whether it recurs.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(cause, forKey: .cause)
            try container.encode(training, forKey: .training)
            try container.encode(trainer, forKey: .trainer)
            try container.encode(cases, forKey: .cases)
            try container.encode(quarters, forKey: .quarters)
            try container.encode(recurring, forKey: .recurring)
        }
    }
}
