import TripModel

/// The thresholds the hot loops read, looked up once per check instead of by name each time.
struct Thresholds {
    let travelBuffer, walkMaxKm, cityKm, continuityKm, daytripKm, datedMinutes: Double
    let detourCity, detourCountry: Double
    let speedWalk, speedCar, speedBus, speedRail, speedShip, speedFlight: Double
    /// Before-departure and after-arrival buffers by mode.
    let buffers: [TransportMode: (before: Double, after: Double)]

    init(_ s: CheckSettings) {
        travelBuffer = s.number("travel.buffer")
        walkMaxKm = s.number("walk.max.km")
        cityKm = s.number("city.km")
        continuityKm = s.number("continuity.km")
        daytripKm = s.number("daytrip.km")
        datedMinutes = s.number("dated.minutes")
        detourCity = s.number("detour.city")
        detourCountry = s.number("detour.country")
        speedWalk = s.number("speed.walk")
        speedCar = s.number("speed.car")
        speedBus = s.number("speed.bus")
        speedRail = s.number("speed.rail")
        speedShip = s.number("speed.ship")
        speedFlight = s.number("speed.flight")
        var buffers: [TransportMode: (before: Double, after: Double)] = [:]
        for mode in TransportMode.allCases {
            let key: String
            switch mode {
            case .flight: key = "flight"
            case .rail: key = "rail"
            case .bus: key = "bus"
            case .ship: key = "ship"
            case .car, .walk: key = "other"
            case .unknown:
                // Nothing is known of a leg whose mode the plan does not know: no buffers asked.
                buffers[mode] = (0, 0)
                continue
            }
            buffers[mode] = (s.number("buffer.\(key).before"), s.number("buffer.\(key).after"))
        }
        self.buffers = buffers
    }

    /// Speed of a mode in km/h.
    func speed(_ mode: TransportMode) -> Double {
        switch mode {
        case .flight: speedFlight
        case .rail: speedRail
        case .bus: speedBus
        case .car: speedCar
        case .ship: speedShip
        case .walk: speedWalk
        case .unknown: 0
        }
    }
}
