//! mistake: left a dangling `&&` at the end of the filter after deleting a condition
//! offending: &&
//! category: syntax
struct Player {
    name: &'static str,
    minutes: u32,
    yellow_cards: u8,
}

fn main() {
    let squad = vec![
        Player { name: "Bellingham", minutes: 2400, yellow_cards: 4 },
        Player { name: "Tchouameni", minutes: 2100, yellow_cards: 9 },
    ];
    let suspended_risk: Vec<&str> = squad
        .iter()
        .filter(|p| p.minutes > 900 && p.yellow_cards >= 4 &&)
        .map(|p| p.name)
        .collect();
    println!("{suspended_risk:?}");
}
