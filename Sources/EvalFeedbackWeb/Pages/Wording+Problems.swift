import EvalFeedbackCore

extension Wording {
    /// What went wrong and what to do, in the user's language; always ends saying that nothing
    /// was changed where a form was sent.
    func problem(_ problem: PageProblem) -> String {
        let unchanged = say(" Er is niets gewijzigd.", " Nothing was changed.")
        switch problem {
        case .notFound: return text("notFound")
        case .forbidden: return text("forbidden")
        case .notADate(let field, let value):
            return say(
                "\(label(field)): ‘\(value)’ is geen datum; kies een dag, of schrijf hem als jjjj-mm-dd "
                    + "(2026-11-24).",
                "\(label(field)): ‘\(value)’ is not a date: \(LocalDate.whyNotADate(value)).") + unchanged
        case .expectedMissing:
            return say(
                "Vul in wanneer de klant een antwoord kan verwachten (\(text("expected"))).",
                "Give the date the client can expect an answer (\(text("expected"))).") + unchanged
        case .notAChoice(let field, let value, let choices):
            return say(
                "\(label(field)): ‘\(value)’ is geen van \(choices.joined(separator: ", ")).",
                "\(label(field)): ‘\(value)’ is not one of \(choices.joined(separator: ", ")).") + unchanged
        case .rulingMissing:
            return say(
                "Kies de uitspraak: \(text("upheld")) of \(text("rejected")).",
                "Choose the ruling: \(text("upheld")) or \(text("rejected")).") + unchanged
        case .sourceMissing:
            let sources = NewCaseRoutes.sources.map(source).joined(separator: ", ")
            return say(
                "Kies de bron: \(sources) (de zaak van een evaluatie komt uit de import).",
                "Choose the source: \(sources) (an evaluation's case comes from its import).")
                + say(" Er is niets geregistreerd.", " Nothing was registered.")
        case .languageMissing:
            return say("Kies Nederlands of English.", "Choose Nederlands or English.") + unchanged
        case .refused(let error, let step, let complaint):
            return refusal(error, step: step, complaint: complaint) + unchanged
        case .notRegistered(let error, let newCase):
            return registration(error, newCase) + say(" Er is niets geregistreerd.", " Nothing was registered.")
        case .unknownAssignee(let name, let known):
            let names = known.isEmpty ? say("geen", "none") : known.joined(separator: ", ")
            return say(
                "Er is geen accountmanager ‘\(name)’ (bekend: \(names)). Controleer de spelling, of vink "
                    + "‘\(text("newManager"))’ aan als ‘\(name)’ een nieuwe accountmanager is.",
                "There is no account manager ‘\(name)’ (known: \(names)). Check the spelling, or tick "
                    + "‘\(text("newManager"))’ if ‘\(name)’ is a new account manager.") + unchanged
        case .fileMissing:
            return say("Kies een export om te uploaden.", "Choose an export to upload.")
                + say(" Er is niets geïmporteerd.", " Nothing was imported.")
        case .notImported(let error):
            return notImported(error) + say(" Er is niets geïmporteerd.", " Nothing was imported.")
        case .uploadNotStored:
            return say(
                "De upload kon niet worden opgeslagen voor de import; laat de beheerder de schijf van de server "
                    + "controleren.",
                "The upload could not be stored for its import; ask the administrator to check the server's disk.")
                + say(" Er is niets geïmporteerd.", " Nothing was imported.")
        case .notAQuarter(let value):
            return say(
                "\(text("quarter")): ‘\(value)’ is geen kwartaal; schrijf het als 2026-Q3.",
                "\(text("quarter")): ‘\(value)’ is not a quarter; write it as 2026-Q3.")
        case .fromAfterTo(let from, let to):
            return say(
                "\(text("from")) \(from) ligt na \(text("to").lowercased()) \(to); kies een begin vóór het einde.",
                "\(text("from")) \(from) comes after \(text("to").lowercased()) \(to); choose a start before the end.")
        case .personalDataNotAllowed:
            return say(
                "Persoonsgegevens in het uittreksel zijn voor de teamleider, of een auditor die de teamleider "
                    + "toestemming gaf (R16).",
                "Personal data in the extract is for the lead, or an auditor the lead allowed (R16).")
        case .wrongLogin:
            return say(
                "Gebruikersnaam of wachtwoord klopt niet; controleer beide en probeer het opnieuw.",
                "Wrong login or password; check both and try again.")
        case .lockedOut(let minutes):
            let time =
                minutes == 1 ? say("1 minuut", "1 more minute") : say("\(minutes) minuten", "\(minutes) more minutes")
            return say(
                "Te vaak een verkeerd wachtwoord voor deze gebruikersnaam of vanaf dit adres: aanmelden is nog "
                    + "\(time) geblokkeerd. Vraag de teamleider als je je wachtwoord vergeten bent.",
                "Too many wrong passwords for this login or from this address: signing in is locked for \(time). "
                    + "Ask the lead if you forgot your password.")
        case .wrongPassword:
            return say("Het huidige wachtwoord klopt niet.", "The current password is wrong.") + unchanged
        case .passwordsDiffer:
            return say("De twee nieuwe wachtwoorden verschillen.", "The two new passwords differ.") + unchanged
        case .passwordTooShort(let minimum):
            return say(
                "Het nieuwe wachtwoord is korter dan \(minimum) tekens.",
                "The new password is shorter than \(minimum) characters.") + unchanged
        case .passwordTooLong(let bytes):
            return say(
                "Het nieuwe wachtwoord is langer dan \(bytes) bytes; langer leest bcrypt niet.",
                "The new password is longer than \(bytes) bytes, which bcrypt does not read.") + unchanged
        case .notAForm(let contentType):
            return say(
                "Het formulier kon niet worden gelezen (verstuurd als \(contentType.isEmpty ? "niets" : contentType)); "
                    + "verstuur het met de knop op de pagina zelf.",
                "The form could not be read (sent as \(contentType.isEmpty ? "nothing" : contentType)); send it "
                    + "from the page's own button.") + unchanged
        case .formExpired:
            return say(
                "Dit formulier is verlopen of kwam niet van deze site; laad de pagina opnieuw en verstuur het nog eens.",
                "This form has expired or did not come from this site; reload the page and send it again.")
                + unchanged
        case .crossSite(let origin, let expected):
            return say(
                "Dit formulier werd verstuurd vanaf een andere site (\(origin)), niet vanaf \(expected); open de "
                    + "pagina op \(expected) en verstuur het opnieuw.",
                "This form was sent from another site (\(origin)), not from \(expected); open the page on "
                    + "\(expected) and send it again.") + unchanged
        case .uploadTooLarge(let limit):
            return say(
                "Het bestand is groter dan de uploadlimiet van \(limit) MiB (server.upload_limit_mb in de "
                    + "configuratie); laat de beheerder zo'n groot bestand op de server importeren.",
                "The file is larger than the upload limit of \(limit) MiB (server.upload_limit_mb in the config); "
                    + "ask the administrator to import a file that large on the server.")
                + say(" Er is niets geïmporteerd.", " Nothing was imported.")
        case .formTooLarge(let limit):
            return say(
                "Het formulier is groter dan \(limit) KiB; maak de tekst korter.",
                "The form is larger than \(limit) KiB; shorten the text.") + unchanged
        case .registerFailed(let code):
            return say(
                "Het register kon niet worden gelezen of geschreven (\(code)); er is niets van deze stap vastgelegd. "
                    + "Probeer het over een minuut opnieuw; blijft het, vraag de beheerder het register te controleren.",
                "The register could not be read or written (\(code)); nothing of this step was written. Try again "
                    + "in a minute; if it stays, ask the administrator to check the register.")
        case .registerUnavailable:
            return say(
                "Het register is nu niet te openen; er is niets van deze stap vastgelegd. Vraag de beheerder het "
                    + "register te controleren.",
                "The register cannot be opened now; nothing of this step was written. Ask the administrator to "
                    + "check the register.")
        case .serverFailed:
            return say(
                "Er ging iets mis op de server; er is niets van deze stap vastgelegd. Probeer het opnieuw.",
                "Something went wrong on the server; nothing of this step was written. Try again.")
        case .status(let code):
            return say(
                "Zo kan deze pagina niet worden opgevraagd (HTTP \(code)); er is niets veranderd. Ga terug en gebruik "
                    + "de knoppen en formulieren van de pagina.",
                "This page cannot be asked for like this (HTTP \(code)); nothing was changed. Go back and use the "
                    + "page's buttons and forms.")
        }
    }

    /// A form field's label on the page, by its name in the form.
    func label(_ field: String) -> String {
        switch field {
        case "on": text("on")
        case "expected": text("expected")
        case "told_on": text("toldOn")
        case "client_satisfied": text("clientSatisfied")
        case "closing_email": text("closingEmail")
        case "outcome": say("Uitkomst", "Outcome")
        case "ruling": text("ruling")
        case "from": text("from")
        case "to": text("to")
        default: field
        }
    }

    /// The heading of step `step`'s form.
    func stepTitle(_ step: String) -> String {
        switch step {
        case "contact": text("stepContact")
        case "note": text("stepNote")
        case "extend": text("stepExtend")
        case "close": text("stepClose")
        case "unfounded": text("stepUnfounded")
        case "email-sent": text("stepEmailSent")
        case "appeal": text("stepAppeal")
        case "ruling": text("stepRuling")
        case "consequences-done": text("stepConsequencesDone")
        case "assign": text("stepAssign")
        default: step
        }
    }

    /// Why the lifecycle refused `step` on `complaint`: the refusal's values, with the case's
    /// own state; what can be done instead are the forms the page shows (the lifecycle's R12).
    private func refusal(_ error: CaseStepError, step: String, complaint: ComplaintCase) -> String {
        let title = "‘\(stepTitle(step))’"
        switch error {
        case .unknownCase:
            return text("notFound")
        case .impossible:
            return say(
                "\(title) kan nu niet: de zaak is \(state(complaint)). De stappen die nu wel kunnen, staan onder "
                    + "‘\(text("steps"))’.",
                "\(title) is not possible now: the case was \(state(complaint)). The steps possible now are under "
                    + "‘\(text("steps"))’.")
        case .beforeEarlierStep(_, _, let date, _, let earlierDate, _):
            return say(
                "\(title) op \(date) zou vóór een eerdere stap van \(earlierDate) komen; geef de dag waarop het "
                    + "gebeurde.",
                "\(title) on \(date) would come before an earlier step of \(earlierDate); give the day it happened.")
        case .inTheFuture(_, let date, let today):
            return future(title, date, today)
        case .badExpectedDate(_, let date, _):
            return say(
                "\(text("expected")) \(date) kan niet: die dag moet na de dag liggen waarop de klant is ingelicht, "
                    + "na de termijn die nu geldt (\(complaint.deadline.promised)), en hoogstens een jaar later.",
                "\(text("expected")) \(date) cannot be: it must come after the day the client was told, after the "
                    + "deadline in force (\(complaint.deadline.promised)), and at most a year later.")
        case .unknownCause(let cause, let known):
            return say(
                "‘\(cause)’ is geen oorzaak; kies een van \(known.joined(separator: ", ")).",
                "‘\(cause)’ is not a cause; choose one of \(known.joined(separator: ", ")).")
        case .emptyText:
            let field: String =
                switch step {
                case "note": text("note")
                case "extend": text("reason")
                case "ruling": text("rulingText")
                default: text("resolution")
                }
            return say(
                "‘\(field)’ is leeg; zeg in een paar woorden wat er gebeurde.",
                "‘\(field)’ is empty; say in a few words what happened.")
        case .missingName:
            return say("Vul de naam van de accountmanager in.", "Give the account manager's name.")
        }
    }

    /// Why registering `newCase` was refused.
    private func registration(_ error: CaseStepError, _ newCase: NewCase) -> String {
        switch error {
        case .inTheFuture(_, let date, let today):
            return future("‘\(text("registeredOn"))’", date, today)
        case .missingName, .emptyText:
            let missing = [
                (newCase.client, text("client")), (newCase.contactName, text("contact")),
                (newCase.summary, text("summary")),
            ].filter { $0.0 == nil }.map { "‘\($0.1)’" }
            return say(
                "Vul \(missing.joined(separator: ", ")) in: een klacht noemt de klant, wie klaagde en wat.",
                "Fill in \(missing.joined(separator: ", ")): a complaint names the client, who complained and what.")
        case .unknownCase, .impossible, .beforeEarlierStep, .badExpectedDate, .unknownCause:
            return say("De klacht kon niet worden geregistreerd.", "The complaint could not be registered.")
        }
    }

    /// Why the import refused an uploaded file, and what to do in the browser (the CLI's
    /// message names its commands and options instead). A reason from the system, or the zip
    /// or XML reader's inside a workbook's problem, is quoted as it came.
    private func notImported(_ error: ImportError) -> String {
        switch error {
        case .unreadable(let file, let reason):
            return say(
                "\(file): kan niet worden gelezen (\(reason)). Upload het bestand opnieuw.",
                "\(file): cannot be read (\(reason)). Upload the file again.")
        case .empty(let file):
            return say(
                "\(file): er is geen kopregel (het bestand is leeg of heeft geen leesbare regel). Exporteer de "
                    + "evaluaties opnieuw.",
                "\(file): there is no header line (the file is empty or holds no readable line). Export the "
                    + "evaluations again.")
        case .badWorkbook(let file, let problem):
            return say(
                "\(file): kan niet als Excel-werkmap worden gelezen: \(workbookProblem(problem)). Open het in Excel, "
                    + "sla het op als .xlsx of als CSV UTF-8 en upload dat bestand.",
                "\(file): cannot be read as an Excel workbook: \(problem.text). Open it in Excel, save it as .xlsx or as "
                    + "CSV UTF-8 and upload that file.")
        case .changedWhileReading(let file):
            return say(
                "\(file): het bestand veranderde tijdens het lezen. Upload het opnieuw als het compleet is.",
                "\(file): the file changed while it was read. Upload it again once it is complete.")
        case .wrongProfile(let file, let profile, let problem):
            return say(
                "\(file): niet te lezen als export van \(tool(profile)): \(headerMismatch(problem)). Laat de "
                    + "beheerder het enquêteprogramma in de mapping nakijken, of weglaten zodat het herkend wordt.",
                "\(file): not readable as a \(tool(profile)) export: \(problem.text). Ask the administrator to check the survey "
                    + "tool in the mapping, or to leave it out so that it is detected.")
        case .missingColumns(let file, let line, let missing, let expected, let found, let profile):
            let columns = missing.joined(separator: ", ")
            let standard = expected.joined(separator: ", ")
            let why =
                profile.map {
                    say(
                        "Gelezen als export van \(tool($0)) noemden de vragen deze scores niet.",
                        "Read as a \(tool($0)) export, its questions did not name these scores.")
                }
                ?? say(
                    "Dit is geen export van een bekend enquêteprogramma, en dit zijn niet de standaardkolommen "
                        + "(\(standard)) of vragen daarover.",
                    "This is not an export of a known survey tool, and these are not the canonical columns "
                        + "(\(standard)) or survey questions about them.")
            return say(
                "\(file):\(line): geen kolom voor \(columns) (gevonden: \(ImportError.quoted(found))). \(why) Laat de "
                    + "beheerder de kolommen benoemen in een mapping-bestand (zie docs/survey-tools.md), en upload "
                    + "het bestand dan opnieuw.",
                "\(file):\(line): no column for \(columns) (found: \(ImportError.quoted(found))). \(why) Ask the "
                    + "administrator to name the columns in a mapping file (see docs/survey-tools.md), then upload "
                    + "the file again.")
        }
    }

    private func future(_ title: String, _ date: LocalDate, _ today: LocalDate) -> String {
        say(
            "\(title) op \(date) ligt na vandaag (\(today)); leg een stap vast als die gebeurd is.",
            "\(title) on \(date) lies after today (\(today)); record a step once it has happened.")
    }
}
