import Foundation

/// A moment on the wall clock and on this process's CPU clock.
struct Stamp {
    /// Seconds of wall time and of CPU time.
    struct Span {
        var wall: Double
        var cpu: Double
    }

    let wall = Stamp.seconds(CLOCK_MONOTONIC)
    let cpu = Stamp.seconds(CLOCK_PROCESS_CPUTIME_ID)

    /// The time since this stamp.
    func span() -> Span {
        Span(wall: Stamp.seconds(CLOCK_MONOTONIC) - wall, cpu: Stamp.seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu)
    }

    private static func seconds(_ clock: clockid_t) -> Double {
        var t = timespec()
        clock_gettime(clock, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}

/// A benchmark that cannot go on, and why.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The median of some numbers (the mean of the middle two for an even count).
func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    guard !s.isEmpty else { return 0 }
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}
