import Testing

@testable import EvalFeedbackCore

@Suite("The config file")
struct SettingsFileTests {
    @Test("Every setting is read: threshold (R2), calendar (R8), default manager (R15), causes")
    func everything() throws {
        let settings = try SettingsFile.parse(
            """
            # evalfeedback.yaml
            low_score_threshold: 5,5
            default_account_manager: Team Academie
            causes: [trainer, Catering, locatie, other]
            calendar:
              good_friday: true
              liberation_day: always
              closing_days:
                - 2026-12-28..2026-12-31
                - 2027-01-02
            """, path: "evalfeedback.yaml")
        #expect(settings.lowScoreThreshold == 5.5)
        #expect(settings.defaultManager == "Team Academie")
        #expect(settings.causes == ["trainer", "catering", "locatie", "other"])
        #expect(settings.holidays.goodFriday)
        #expect(settings.holidays.liberationDay == .always)
        #expect(
            settings.holidays.extraClosingDays.map(\.description).sorted() == [
                "2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-02",
            ])
        #expect(
            settings.calendar.contactDue(registeredOn: try #require(LocalDate("2026-12-24"))).description
                == "2027-01-05", "Christmas, Boxing Day, the closing days, New Year and the weekends are skipped")
    }

    @Test("csv_separator: ';' (Dutch Excel) unless set to ',', by character or name")
    func csvSeparator() throws {
        #expect(Settings().csvSeparator == .semicolon)
        for (value, separator) in [
            ("\",\"", CSVSeparator.comma), ("comma", .comma), ("\";\"", .semicolon), (";", .semicolon),
        ] {
            #expect(try SettingsFile.parse("csv_separator: \(value)\n", path: "x.yaml").csvSeparator == separator)
        }
    }

    @Test("A default manager's name is put on one line, without display tricks")
    func defaultManagerOnOneLine() throws {
        let settings = try SettingsFile.parse(
            "default_account_manager: \"Team\\nAcademie\\u202E\"\n", path: "x.yaml")
        #expect(settings.defaultManager == "Team Academie")
    }

    @Test("A YAML null (`~`, `null`, nothing) means no default manager")
    func nullManager() throws {
        for value in ["~", "null", ""] {
            let settings = try SettingsFile.parse("default_account_manager: \(value)\n", path: "x.yaml")
            #expect(settings.defaultManager == nil)
        }
    }

    @Test("An empty file gives the procedure's defaults")
    func empty() throws {
        #expect(try SettingsFile.parse("# nothing set\n", path: "x.yaml") == Settings())
    }

    @Test(
        "Mistakes name the file, the line and the setting",
        arguments: [
            ("low_score_threshold: zes\n", "x.yaml:1: low_score_threshold must be a score from 1 to 9.5"),
            (
                "calendar:\n  liberation_day: sometimes\n",
                "x.yaml:2: liberation_day must be one of never, lustrum, always"
            ),
            ("calendar:\n  good_friday: maybe\n", "x.yaml:2: good_friday must be true or false"),
            (
                "calendar:\n  closing_days: [2026-02-30]\n",
                "x.yaml:2: closing_days has '2026-02-30', which is not a day"
            ),
            ("low_score_treshold: 6\n", "x.yaml:1: unknown setting 'low_score_treshold'; the settings here are"),
            ("calendar:\n  goodfriday: true\n", "x.yaml:2: unknown setting 'calendar.goodfriday'"),
            ("causes: trainer\n", "x.yaml:1: causes must be a list"),
            (
                "csv_separator: tab\n",
                "x.yaml:1: csv_separator must be \";\" (Dutch Excel, the default) or \",\" (quoted)"
            ),
            ("causes: [\n", "x.yaml:2: not valid YAML"),
            ("- a\n- b\n", "x.yaml:1: not valid YAML (expected settings as 'name: value' lines)"),
        ])
    func mistakes(text: String, message: String) {
        do {
            _ = try SettingsFile.parse(text, path: "x.yaml")
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.description.hasPrefix(message), "\(error.description)")
        }
    }

    @Test("A missing file given with --config is an error that names it")
    func missing() {
        #expect(throws: ConfigError.self) { try SettingsFile.load(path: "/nonexistent/evalfeedback.yaml") }
    }
}

@Suite("Mapping files")
struct MappingFileTests {
    @Test("Every key is read")
    func everything() throws {
        let mapping = try MappingFile.parse(
            """
            profile: limesurvey
            form: Evaluatie 2026
            file_name: '^(?<training>[^_]+)_'
            header_rows: 2
            dates: month-first
            columns:
              score_trainer: /docent/
              client: Klant
            scale:
              reversed: true
              answer_codes: true
              not_applicable: ["99", Weet ik niet]
            context:
              client: Gemeente Utrecht
            """, path: "m.yaml")
        #expect(mapping.profile == .limeSurvey)
        #expect(mapping.form == "Evaluatie 2026")
        #expect(mapping.headerRows == 2)
        #expect(mapping.monthFirstDates == true)
        #expect(mapping.columns[.scoreTrainer] == .pattern("docent"))
        #expect(mapping.columns[.client] == .text("klant"))
        #expect(mapping.scale == ScoreScale(reversed: true, notApplicable: ["99", "weet ik niet"], answerCodes: true))
        #expect(mapping.context[.client] == "Gemeente Utrecht")
    }

    @Test(
        "Mistakes name the file, the line and the key",
        arguments: [
            ("profile: typeform\n", "m.yaml:1: profile must be one of canonical, google-forms"),
            ("columns:\n  score_docent: Docent\n", "m.yaml:2: unknown setting 'columns.score_docent'"),
            (
                "columns:\n  score_trainer: /[/\n",
                "m.yaml:2: score_trainer has a /pattern/ that is not a regular expression"
            ),
            ("scale:\n  reversed: soms\n", "m.yaml:2: reversed must be true or false"),
            ("dates: iso\n", "m.yaml:1: dates must be day-first or month-first"),
            ("header_rows: 9\n", "m.yaml:1: header_rows must be a number from 1 to 5"),
            ("klant: x\n", "m.yaml:1: unknown setting 'klant'"),
        ])
    func mistakes(text: String, message: String) {
        do {
            _ = try MappingFile.parse(text, path: "m.yaml")
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.description.hasPrefix(message), "\(error.description)")
        }
    }
}
