import TripMedia
import TripModel

/// What is wrong at one place in a plan file. Every case's message (`message`) says what is
/// wrong and how to fix it, in zh-Hant and English.
public enum PlanProblem: Hashable, Sendable {
    /// The YAML itself does not parse, or misuses a YAML feature (duplicate key, alias bomb).
    case syntax(YAMLProblem)
    /// The file is not a UTF-8 text file that can be read.
    case file(PlanFileProblem)
    /// A value has the wrong shape (e.g. a list where text was expected).
    case wrongType(key: String, expected: String)
    /// A key that the format does not have.
    case unknownKey(String, suggestion: String?)
    /// A required key is missing.
    case missingKey(String)
    /// A key appears twice in one mapping; `firstLine` is where it first appears.
    case duplicateKey(String, firstLine: Int)
    /// Not a `YYYY-MM-DD` date (2025-02-30 included).
    case badDate(String)
    /// A real date, but not in a year a delegation can have (before ROC year 1, after 2199).
    case dateOutOfRange(String)
    /// Not an `HH:MM` time, nor `YYYY-MM-DD HH:MM` (25:00 included).
    case badTime(String)
    /// A time that cannot be placed on the clock (a daylight-saving gap or fold, an offset
    /// that is not the zone's, a start on another date than the event's).
    case time(PlanTimeProblem)
    /// Not a number.
    case badNumber(String)
    /// A whole number outside its range.
    case numberOutOfRange(key: String, value: String, range: ClosedRange<Int>)
    /// A coded value outside its set (category, kind, mode…).
    case badValue(key: String, value: String, allowed: [String])
    /// A place name or code nobody knows.
    case unknownPlace(String, suggestions: [String])
    /// Not an IANA zone.
    case unknownZone(String)
    /// A place with no way to know its zone.
    case placeWithoutZone(String)
    /// An end earlier than the start.
    case endBeforeStart(item: String)
    /// A participant id that is not a member.
    case notAMember(String, suggestions: [String])
    /// A member id (contact, note author, follow-up owner) that is not a member.
    case unknownMember(key: String, id: String, suggestion: String?)
    /// A follow-up's owner that is neither a member's id nor the exact name of one member; the
    /// members (ids and names, in the plan's order) are offered.
    case unknownOwner(String, ids: [String], names: [String])
    /// A member listed twice in one participants list.
    case duplicateParticipant(String)
    /// A list that must have at least one item is empty (`members: []`).
    case emptyList(String)
    /// An id used twice.
    case duplicateID(kind: String, id: String, firstLine: Int)
    /// An inline place takes its item's id, which a place on `firstLine` already has.
    case inlinePlaceTaken(id: String, firstLine: Int)
    /// An id with characters outside `a-z 0-9 - _`.
    case badID(String)
    /// A format version this program does not read.
    case unsupportedVersion(String)
    /// A check setting nobody knows.
    case unknownSetting(String, suggestion: String?)
    /// A check setting whose value is outside its range or not a number.
    case setting(Threshold, written: String, ThresholdProblem)
    /// Two settings that must be in order are not (`summary.min` above `summary.max`).
    case settingsOrder(lower: Threshold, upper: Threshold)
    /// A name in `checks: off:` that is neither a rule code nor a rule name.
    case unknownSwitch(String, suggestion: String?)
    /// An `acknowledge:` code that is not a rule code.
    case unknownCode(String, suggestion: String?)
    /// A referenced file that does not exist.
    case missingFile(String)
    /// A referenced path that names a folder or a device, not a file.
    case notAFile(String)
    /// A referenced path that leads out of the folders a plan may read.
    case pathOutside(String, PathLeak)
    /// A photo or clipping image that exists but does not decode completely (or is not an image).
    case badImage(String, MediaProblem.Reason)
    /// A clock time on an item whose zone cannot be known.
    case timeWithoutPlace(item: String)
    /// Latitude or longitude out of range, or only one of them.
    case badCoordinates(String)
    /// A reference to an item id that no event, leg or stay has.
    case unknownItem(String, suggestion: String?)
    /// Text a field cannot hold (a line break in a one-line field, a control character, empty).
    case text(key: String, FieldText.Problem)
    /// Not an `http://` or `https://` address.
    case badURL(String)
    /// Not a BCP 47 language tag such as `zh-Hant` or `ja`.
    case badLanguage(String)
    /// Not an e-mail address.
    case badEmail(String)
    /// Not an ISO 3166 country code; `suggestion` is the code when a country's name was written.
    case unknownCountry(String, suggestion: String?)
    /// The trip's end is more than `PlanLimits.maximumTripDays` after its start.
    case tripTooLong(days: Int)
    /// An item dated more than a year before the trip starts or after it ends (a typo of the year).
    case farFromTrip(item: String, date: String)
    /// A value of the keys real plans need (phone, headcount, region, day part…).
    case value(PlanValueProblem)

    /// The message in a language, with how to fix it.
    public func text(_ lang: Lang) -> String { message.text(lang) }
}
