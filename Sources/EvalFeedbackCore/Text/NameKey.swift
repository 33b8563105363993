/// How a person's name is matched in reports: case, accents and spacing do not matter, and
/// letters that carry no accent mark to remove are read as the letter they stand in for, so
/// that `Mehmet Yılmaz` (dotless ı) and `mehmet yilmaz` are one trainer.
///
/// Not the key clients are stored under (`ClientKey`), which registers hold already.
enum NameKey {
    static func of(_ name: String) -> String {
        var key = ""
        for character in ClientKey.of(name) {
            switch character {
            case "ı": key.append("i")
            case "ł": key.append("l")
            case "ø": key.append("o")
            case "đ": key.append("d")
            case "ß": key.append("ss")
            case "æ": key.append("ae")
            case "œ": key.append("oe")
            default: key.append(character)
            }
        }
        return key
    }
}
