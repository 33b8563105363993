extension QuarterlyReport {
    /// A count out of a total, with the share when the total is not zero.
    public struct Share: Sendable, Codable, Equatable {
        /// How many.
        public let count: Int
        /// Out of how many.
        public let of: Int
        /// `count / of`, nil when `of` is zero.
        public var share: Double? { of == 0 ? nil : Double(count) / Double(of) }

        /// `count` of `of`.
        public init(count: Int, of: Int) {
            self.count = count
            self.of = of
        }

        enum CodingKeys: String, CodingKey { case count, of, share }

        /// Decodes a share; `share` is derived, not read.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            count = try container.decode(Int.self, forKey: .count)
            of = try container.decode(Int.self, forKey: .of)
        }

        /// Encodes the count, the total and the derived share.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(count, forKey: .count)
            try container.encode(of, forKey: .of)
            try container.encode(share, forKey: .share)
        }
    }

    /// One figure this period, the previous one and a year earlier.
    public struct Compared: Sendable, Codable, Equatable {
        /// This period's value; nil when there was nothing to measure.
        public let value: Double?
        /// The previous period's.
        public let previous: Double?
        /// A year earlier.
        public let yearEarlier: Double?

        /// The change against the previous period.
        public var changeFromPrevious: Double? { value.flatMap { v in previous.map { v - $0 } } }
        /// The change against a year earlier.
        public var changeFromYearEarlier: Double? { value.flatMap { v in yearEarlier.map { v - $0 } } }

        enum CodingKeys: String, CodingKey {
            case value, previous, yearEarlier, changeFromPrevious, changeFromYearEarlier
        }

        init(value: Double?, previous: Double?, yearEarlier: Double?) {
            self.value = value
            self.previous = previous
            self.yearEarlier = yearEarlier
        }

        /// Decodes the three values; the changes are derived.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            value = try container.decodeIfPresent(Double.self, forKey: .value)
            previous = try container.decodeIfPresent(Double.self, forKey: .previous)
            yearEarlier = try container.decodeIfPresent(Double.self, forKey: .yearEarlier)
        }

        /// Encodes the values and the changes.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(value, forKey: .value)
            try container.encode(previous, forKey: .previous)
            try container.encode(yearEarlier, forKey: .yearEarlier)
            try container.encode(changeFromPrevious, forKey: .changeFromPrevious)
            try container.encode(changeFromYearEarlier, forKey: .changeFromYearEarlier)
        }
    }

    /// The headline: responses, flags and cases, and each dimension's mean and low share.
    public struct Headline: Sendable, Codable, Equatable {
        /// Responses submitted in the period.
        public let responses: Compared
        /// Responses with at least one low score (R3).
        public let flags: Compared
        /// Cases registered in the period, from every source.
        public let casesOpened: Compared
        /// Cases closed in the period.
        public let casesClosed: Compared
        /// Cases still open on the period's last day.
        public let casesOpenAtEnd: Compared
        /// Per dimension, in the order of R1.
        public let dimensions: [DimensionHeadline]
    }

    /// One dimension's mean and share of low scores, compared.
    public struct DimensionHeadline: Sendable, Codable, Equatable {
        /// Which dimension.
        public let dimension: Dimension
        /// The mean of the valid scores.
        public let mean: Compared
        /// Low scores as a share of the valid scores (R2).
        public let lowShare: Compared
        /// This period's low scores out of valid scores.
        public let low: Share
    }

    /// How many responses gave each score, 1 to 10 (a decimal counts at its whole number).
    public struct Distribution: Sendable, Codable, Equatable {
        /// Which dimension.
        public let dimension: Dimension
        /// Index 0 is score 1, index 9 score 10.
        public let counts: [Int]
        /// Of each count, the scores that are low (R2): all of a whole score at or below the
        /// threshold, none above it, and some of the one the threshold falls in (with 6: the
        /// 6s, not the 6.5s).
        public let lowCounts: [Int]
    }

    /// One month's mean per dimension.
    public struct MonthMeans: Sendable, Codable, Equatable {
        /// `2026-11`.
        public let month: String
        /// Responses that month.
        public let responses: Int
        /// Mean per dimension, in the order of R1; nil where there were no scores.
        public let means: [Double?]
    }

    /// One training's or trainer's figures.
    public struct GroupFigures: Sendable, Codable, Equatable {
        /// The training or trainer; `other (N)` for the small ones grouped, `(not given)` when blank.
        public let name: String
        /// Responses.
        public let responses: Int
        /// Mean per dimension, in the order of R1.
        public let means: [Double?]
        /// Responses with a low score, of all.
        public let low: Share

        /// The name of a group whose name was blank.
        static let notGiven = "(not given)"

        /// The name of the row that groups `count` small ones, so that no respondent can be
        /// recognised.
        static func otherName(_ count: Int) -> String { "other (\(count), each under 5 responses)" }

        /// How many small ones the row named `name` groups; nil for any other row.
        static func otherCount(in name: String) -> Int? {
            guard name.hasPrefix("other ("), name.hasSuffix(", each under 5 responses)") else { return nil }
            return Int(name.dropFirst("other (".count).prefix { $0.isNumber })
        }
    }
}
