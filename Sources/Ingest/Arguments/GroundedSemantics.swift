/// Dung's grounded semantics: the least fixed point of the characteristic function, as a labelling.
///
/// An argument is `in` when every attacker is `out` (so an unattacked argument is `in`), `out`
/// when some attacker is `in`, and `undecided` otherwise (cycles nobody breaks: a 2-cycle, an odd
/// cycle). The result is unique and sceptical: it accepts only what no argument can question.
///
/// ```swift
/// GroundedSemantics.label(arguments: [1, 2, 3], attacks: [(from: 1, to: 2), (from: 2, to: 3)])
/// // [1: .in, 2: .out, 3: .in]
/// ```
/// See P. M. Dung, "On the acceptability of arguments ...", Artificial Intelligence 77 (1995), and
/// Modgil & Caminada, "Proof theories and algorithms for abstract argumentation frameworks" (2009),
/// whose labelling algorithm this is.
public enum GroundedSemantics {
    public enum Label: String, Sendable { case `in`, out, undecided }

    /// Labels every argument. Attacks naming an argument not in `arguments` are ignored; a
    /// self-attacking argument can never be `in`.
    ///
    /// Runs in O(arguments + attacks): each argument is labelled once, when its last attacker
    /// goes `out` (it becomes `in`) or its first attacker comes `in` (it becomes `out`).
    public static func label(arguments: [Int], attacks: [(from: Int, to: Int)]) -> [Int: Label] {
        let known = Set(arguments)
        var attackers: [Int: Set<Int>] = [:]
        var targets: [Int: Set<Int>] = [:]
        for attack in attacks where known.contains(attack.from) && known.contains(attack.to) {
            attackers[attack.to, default: []].insert(attack.from)
            targets[attack.from, default: []].insert(attack.to)
        }

        var labels: [Int: Label] = [:]
        var undecidedAttackers: [Int: Int] = [:]
        var queue: [Int] = []
        for argument in known {
            let count = attackers[argument]?.count ?? 0
            undecidedAttackers[argument] = count
            if count == 0 { queue.append(argument) }
        }

        // Each round makes the queued arguments `in`, their targets `out`, and queues any argument
        // whose attackers are now all `out`.
        while let argument = queue.popLast() {
            guard labels[argument] == nil else { continue }
            labels[argument] = .in
            for target in targets[argument] ?? [] where labels[target] == nil {
                labels[target] = .out
                for next in targets[target] ?? [] where labels[next] == nil {
                    undecidedAttackers[next, default: 0] -= 1
                    if undecidedAttackers[next] == 0 { queue.append(next) }
                }
            }
        }
        for argument in known where labels[argument] == nil { labels[argument] = .undecided }
        return labels
    }
}
