import Foundation
import Yams

extension SettingsFile {
    /// Reads each setting's value, with messages that name the file, line and setting.
    struct Reader {
        let path: String

        func text(_ node: Node, _ key: String) throws(ConfigError) -> String {
            guard case .scalar(let scalar) = node else { throw bad(node, key, "must be a single value") }
            return scalar.string
        }

        func threshold(_ node: Node) throws(ConfigError) -> Double {
            let key = "low_score_threshold"
            guard let value = ScoreValue(parsing: try text(node, key)).value, value < 10 else {
                throw bad(node, key, "must be a score from 1 to 9.5, e.g. 6 (the procedure's default)")
            }
            return value
        }

        func causes(_ node: Node) throws(ConfigError) -> [String] {
            guard case .sequence(let items) = node else {
                throw bad(node, "causes", "must be a list, e.g. [trainer, content, facilities, other]")
            }
            var causes: [String] = []
            for item in items {
                let cause = try text(item, "causes").trimmed.lowercased()
                guard !cause.isEmpty, !cause.contains(",") else {
                    throw bad(item, "causes", "has an empty category or one with a comma")
                }
                if !causes.contains(cause) { causes.append(cause) }
            }
            guard !causes.isEmpty else { throw bad(node, "causes", "must name at least one category") }
            return causes
        }

        func holidays(_ node: Node) throws(ConfigError) -> DutchHolidays {
            guard let mapping = node.mapping else {
                throw bad(node, "calendar", "must hold good_friday, liberation_day and closing_days")
            }
            var holidays = DutchHolidays()
            for (key, value) in mapping {
                let name = key.string ?? ""
                switch name {
                case "good_friday":
                    guard let on = value.bool else { throw bad(value, "good_friday", "must be true or false") }
                    holidays.goodFriday = on
                case "liberation_day":
                    let rules = DutchHolidays.LiberationDayRule.allCases.map(\.rawValue)
                    guard let rule = DutchHolidays.LiberationDayRule(rawValue: try text(value, name)) else {
                        throw bad(value, name, "must be one of \(rules.joined(separator: ", "))")
                    }
                    holidays.liberationDay = rule
                case "closing_days":
                    holidays.extraClosingDays = try closingDays(value)
                default:
                    throw .unknownKey(
                        path: path, line: key.mark?.line, key: "calendar." + name,
                        known: ["good_friday", "liberation_day", "closing_days"])
                }
            }
            return holidays
        }

        func nightly(_ node: Node) throws(ConfigError) -> NightlySettings {
            guard let mapping = node.mapping else {
                throw bad(node, "nightly", "must hold inbox, archive, publish, csv or settle_seconds")
            }
            var nightly = NightlySettings()
            for (key, value) in mapping {
                let name = key.string ?? ""
                switch name {
                case "inbox": nightly.inbox = try folder(value, name)
                case "archive": nightly.archive = try folder(value, name)
                case "publish": nightly.publish = try folder(value, name)
                case "csv":
                    guard let on = value.bool else { throw bad(value, name, "must be true or false") }
                    nightly.csv = on
                case "settle_seconds":
                    guard let seconds = value.int, (0...86_400).contains(seconds) else {
                        throw bad(value, name, "must be a number of seconds, e.g. 60")
                    }
                    nightly.settleSeconds = seconds
                default:
                    throw .unknownKey(
                        path: path, line: key.mark?.line, key: "nightly." + name,
                        known: ["inbox", "archive", "publish", "csv", "settle_seconds"])
                }
            }
            return nightly
        }

        func mail(_ node: Node) throws(ConfigError) -> MailSettings {
            guard let mapping = node.mapping else { throw bad(node, "mail", "must hold from, sendmail or lead") }
            var mail = MailSettings()
            for (key, value) in mapping {
                let name = key.string ?? ""
                switch name {
                case "from", "lead":
                    guard let address = MailAddress(parsing: try text(value, "mail." + name)) else {
                        throw bad(
                            value, "mail." + name,
                            "must be an email address, e.g. 'Academie <klachten@academie.nl>' or klachten@academie.nl")
                    }
                    if name == "from" { mail.from = address } else { mail.lead = address }
                case "sendmail":
                    guard let command = try text(value, "mail.sendmail").trimmedOrNil, command.hasPrefix("/") else {
                        throw bad(
                            value, "mail.sendmail",
                            "must be a command with its full path that reads a message on stdin, e.g. "
                                + "'\(MailSettings.defaultSendmail)'")
                    }
                    mail.sendmail = command
                default:
                    throw .unknownKey(
                        path: path, line: key.mark?.line, key: "mail." + name, known: ["from", "sendmail", "lead"])
                }
            }
            return mail
        }

        func letters(_ node: Node) throws(ConfigError) -> LetterSettings {
            guard let mapping = node.mapping else {
                throw bad(node, "letters", "must hold appeal_body, language or templates")
            }
            var letters = LetterSettings()
            for (key, value) in mapping {
                let name = key.string ?? ""
                switch name {
                case "appeal_body":
                    letters.appealBody = MailText.oneLine(try text(value, "letters.appeal_body")).trimmedOrNil
                case "language":
                    guard let language = LetterLanguage(naming: try text(value, "letters.language")) else {
                        throw bad(value, "letters.language", "must be nl or en")
                    }
                    letters.language = language
                case "templates": letters.templates = try folder(value, "letters.templates")
                default:
                    throw .unknownKey(
                        path: path, line: key.mark?.line, key: "letters." + name,
                        known: ["appeal_body", "language", "templates"])
                }
            }
            return letters
        }

        func server(_ node: Node) throws(ConfigError) -> ServerSettings {
            let known = ["behind_tls", "idle_minutes", "upload_limit_mb", "trusted_proxy"]
            guard let mapping = node.mapping else {
                throw bad(node, "server", "must hold " + known.joined(separator: ", "))
            }
            var server = ServerSettings()
            for (key, value) in mapping {
                let name = key.string ?? ""
                switch name {
                case "behind_tls", "trusted_proxy":
                    guard let flag = Bool(try text(value, "server." + name).lowercased()) else {
                        throw bad(value, "server." + name, "must be true or false")
                    }
                    if name == "behind_tls" { server.behindTLS = flag } else { server.trustedProxy = flag }
                case "idle_minutes", "upload_limit_mb":
                    guard let number = Int(try text(value, "server." + name)), (1...1440).contains(number) else {
                        throw bad(value, "server." + name, "must be a whole number from 1 to 1440")
                    }
                    if name == "idle_minutes" { server.idleMinutes = number } else { server.uploadLimitMB = number }
                default:
                    throw .unknownKey(path: path, line: key.mark?.line, key: "server." + name, known: known)
                }
            }
            return server
        }

        /// A folder, as an absolute path: a relative one is read from the config file's own
        /// folder, wherever the command is run from (cron runs it from the home folder).
        private func folder(_ node: Node, _ key: String) throws(ConfigError) -> String? {
            guard let given = try text(node, key).trimmedOrNil else { return nil }
            if given.hasPrefix("/") { return given }
            return URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(given)
                .standardizedFileURL.path
        }

        /// Days as `2026-12-28`, or ranges as `2026-12-28..2026-12-31`.
        private func closingDays(_ node: Node) throws(ConfigError) -> Set<LocalDate> {
            guard case .sequence(let items) = node else {
                throw bad(node, "closing_days", "must be a list of days or ranges, e.g. [2026-12-28..2026-12-31]")
            }
            var days: Set<LocalDate> = []
            for item in items {
                let entry = try text(item, "closing_days").trimmed
                let ends = entry.components(separatedBy: "..").map(\.trimmed)
                guard ends.count <= 2, let first = LocalDate(ends[0]), let last = LocalDate(ends[ends.count - 1]),
                    first <= last, last.dayNumber - first.dayNumber < 366
                else {
                    throw bad(
                        item, "closing_days",
                        "has '\(entry)', which is not a day (yyyy-MM-dd) or a range (yyyy-MM-dd..yyyy-MM-dd)")
                }
                for number in first.dayNumber...last.dayNumber { days.insert(LocalDate(dayNumber: number)) }
            }
            return days
        }

        func bad(_ node: Node, _ key: String, _ problem: String) -> ConfigError {
            .badValue(path: path, line: node.mark?.line, key: key, problem: problem)
        }
    }
}
