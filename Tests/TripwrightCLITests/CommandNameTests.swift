import ArgumentParser
import Testing

@testable import tripwright

/// argument-parser derives a command's name from its type name at run time when the command
/// does not give one, through reflection that took a sixth of `tripwright list`'s start.
@Suite("Command names")
struct CommandNameTests {
    /// Every command below `command`, itself included.
    private func all(_ command: any ParsableCommand.Type) -> [any ParsableCommand.Type] {
        [command] + command.configuration.subcommands.flatMap { all($0) }
    }

    @Test("every command gives its name")
    func everyCommandGivesItsName() {
        for command in all(Tripwright.self) {
            #expect(command.configuration.commandName != nil, "\(command)")
        }
    }
}
