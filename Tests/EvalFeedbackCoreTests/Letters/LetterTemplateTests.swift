import Foundation
import TestSupport
import Testing

@testable import EvalFeedbackCore

@Suite("letters check: a template that drops a required element fails, naming the file and the element")
struct LetterTemplateTests {
    /// An academy's folder holding `files` (name: text).
    private func folder(_ files: [String: String]) throws -> String {
        let any = try TemporaryFile(name: "README", text: "the academy's templates\n")
        let folder = any.url.deletingLastPathComponent()
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder.path
    }

    @Test("Every shipped template renders every element: 18 files, none failing")
    func shipped() {
        let results = LetterTemplates(folder: nil).check()
        #expect(results.count == 18)
        #expect(results.allSatisfy { $0.problem == nil }, "\(results.filter { $0.problem != nil })")
    }

    @Test("R11: a delay template without the reason fails, naming the file and 'reason for the delay'")
    func droppedReason() throws {
        let path = try folder([
            "delay.nl.text.mustache": "Beste {{client_name}}, u hoort uiterlijk {{expected_date}} van ons.\n"
        ])
        let results = LetterTemplates(folder: path).check()
        #expect(results.count == 19, "the academy's file is checked beside the shipped one")
        let failed = results.filter { $0.problem != nil }
        #expect(failed.map(\.file) == [path + "/delay.nl.text.mustache"])
        #expect(
            failed.first?.problem?.description
                == "\(path)/delay.nl.text.mustache: the letter it renders lacks the reason for the delay; put it back in "
                + "the template (see docs/letters.md).")
    }

    @Test("The output is checked, not the template: a value in an HTML comment or only in one outcome's branch fails")
    func outputChecked() throws {
        let path = try folder([
            "delay.en.html.mustache": "<p>By {{expected_date}}.</p><!-- {{reason}} -->",
            "closing.en.text.mustache":
                "{{#resolved}}{{resolution}}{{/resolved}} Appeal: {{appeal_body}}. {{binding_statement}}",
            "acknowledgement.en.text.mustache": "{{complaint}} {{contact_by}}",
        ])
        let failed = LetterTemplates(folder: path).check().filter { $0.problem != nil }
        #expect(
            failed.map { $0.problem } == [
                .elementDropped(file: path + "/delay.en.html.mustache", element: .delayReason),
                .elementDropped(file: path + "/closing.en.text.mustache", element: .outcome),
            ], "the unfounded branch drops the grounds; the acknowledgement holds both its elements")
    }

    @Test("A closing template without the binding statement fails")
    func droppedBinding() throws {
        let path = try folder([
            "closing.nl.html.mustache": "<p>{{resolution}}</p><p>Beroep: {{appeal_body}}.</p>"
        ])
        let failed = LetterTemplates(folder: path).check().filter { $0.problem != nil }
        #expect(
            failed.map { $0.problem } == [
                .elementDropped(file: path + "/closing.nl.html.mustache", element: .bindingRuling)
            ])
    }

    @Test("A broken template is named; a letter made with a bad academy template is refused before anything is sent")
    func brokenAndRefused() throws {
        let path = try folder([
            "acknowledgement.nl.subject.mustache": "Zaak {{#case_number}",
            "delay.nl.text.mustache": "U hoort uiterlijk {{expected_date}} van ons.",
        ])
        let failed = LetterTemplates(folder: path).check().filter { $0.problem != nil }
        #expect(
            failed.map(\.file) == [path + "/acknowledgement.nl.subject.mustache", path + "/delay.nl.text.mustache"])
        if case .badTemplate(let file, let problem) = failed.first?.problem {
            #expect(file == path + "/acknowledgement.nl.subject.mustache")
            #expect(problem.hasPrefix("is not a valid Mustache template"))
        } else {
            Issue.record("expected a bad template, got \(String(describing: failed.first?.problem))")
        }
        var register = try LetterRegister()
        register.settings.letters.templates = path
        try register.everyStep()
        #expect(throws: LetterError.elementDropped(file: path + "/delay.nl.text.mustache", element: .delayReason)) {
            try register.letter(.delay, 2)
        }
        #expect(try register.letter(.delay, 2, .en).letter.text.contains("verlof"), "English still shipped")
    }

    @Test("An academy's template replaces the shipped one, and its values are escaped in HTML even with triple braces")
    func academysTemplate() throws {
        let path = try folder([
            "acknowledgement.nl.html.mustache":
                "<p>{{{complaint}}}</p><p>Contact: {{contact_by}}</p><p>{{{client_name}}}</p>"
        ])
        var register = try LetterRegister()
        register.settings.letters.templates = path
        try register.open(contact: "<img src=x onerror=alert(1)>", summary: "<script>x</script>")
        let html = try register.letter(.acknowledgement, 1).letter.html
        #expect(
            html == "<p>&lt;script&gt;x&lt;/script&gt;</p><p>Contact: 24 november 2026</p>"
                + "<p>&lt;img src=x onerror=alert(1)&gt;</p>")
    }
}
