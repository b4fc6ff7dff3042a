//! mistake: compared `u32` goals against a `usize` threshold
//! offending: p.goals > min_goals
//! category: type
use comprehensions::comp;

struct Player {
    name: String,
    goals: u32,
}

fn main() {
    let squad = vec![Player { name: "Isak".into(), goals: 21 }, Player { name: "Gordon".into(), goals: 11 }];
    let min_goals: usize = squad.len() * 5;
    let prolific = comp![p.name.as_str() for p in &squad if p.goals > min_goals];
    println!("{prolific:?}");
}
