import Gazetteer
import TripModel

/// A delegation's cover facts as people read them: the delegation, its countries by name and
/// the checks as of today.
public struct ShowDelegation: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Which delegation.
    public typealias Input = ReadDelegation.Input

    /// The delegation and what its cover shows beside it.
    public struct Output: Sendable {
        /// The delegation.
        public var delegation: Delegation
        /// Its destination countries by name (臺灣, 日本 / Taiwan, Japan), from the gazetteer.
        public var countries: [LocalizedText]
        /// The checks as of today at home.
        public var checks: CheckResult
    }

    /// The delegation with its countries named and its checks.
    public func run(_ input: Input) async throws(AppError) -> Output {
        let d = try await ReadDelegation(context).run(input)
        let countries = d.countries.map { code in
            LocalizedText(zh: context.gazetteer.countryName(code, lang: .zh), en: context.gazetteer.countryName(code, lang: .en))
        }
        return Output(delegation: d, countries: countries, checks: context.checks(d))
    }
}
