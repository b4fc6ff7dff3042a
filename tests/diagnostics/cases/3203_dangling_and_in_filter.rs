//! mistake: left a dangling `&&` at the end of the filter after deleting a condition
//! offending: &&
//! category: syntax
use comprehensions::comp;

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
    let suspended_risk = comp![p.name for p in &squad if p.minutes > 900 && p.yellow_cards >= 4 &&];
    println!("{suspended_risk:?}");
}
