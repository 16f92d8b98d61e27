import ArgumentParser

@main
struct Tripwright: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tripwright")
}
