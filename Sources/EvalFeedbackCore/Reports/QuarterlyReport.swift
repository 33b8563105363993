/// The quarter's quality figures for management: aggregates only, no names or emails (R16).
public struct QuarterlyReport: Sendable, Codable, Equatable {
    /// The version of this JSON shape; raised whenever a field changes meaning or goes away.
    public static let currentSchemaVersion = 1

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

    /// The figures of one dimension (R1, R2).
    public struct DimensionFigures: Sendable, Codable, Equatable {
        /// Which dimension.
        public let dimension: Dimension
        /// The mean of the valid scores, nil when there were none.
        public let mean: Double?
        /// Low scores out of valid scores (R2).
        public let low: Share
    }

    /// The JSON shape's version: `currentSchemaVersion` when written.
    public let schemaVersion: Int
    /// The quarter reported on.
    public let quarter: String
    /// Its first day.
    public let from: LocalDate
    /// Its last day.
    public let to: LocalDate
    /// Responses submitted in the quarter.
    public let responses: Int
    /// Per dimension, in the order of R1.
    public let dimensions: [DimensionFigures]
    /// Responses with at least one low score (R3).
    public let flags: Int
    /// Cases registered in the quarter, from every source.
    public let casesOpened: Int
    /// Cases closed in the quarter.
    public let casesClosed: Int
    /// Cases still open on the quarter's last day.
    public let casesOpenAtEnd: Int
    /// Of the cases opened in the quarter and contacted or past their contact deadline, those
    /// contacted by the end of the second working day (R9).
    public let contactedWithinTwoWorkingDays: Share
    /// Of the cases opened in the quarter and closed or past their four weeks, those closed in
    /// time (R10).
    public let resolvedWithinFourWeeks: Share
}
