//! mistake: compared `u32` goals against a `usize` threshold
//! offending: p.goals > min_goals
//! category: type
struct Player {
    name: String,
    goals: u32,
}

fn main() {
    let squad = vec![Player { name: "Isak".into(), goals: 21 }, Player { name: "Gordon".into(), goals: 11 }];
    let min_goals: usize = squad.len() * 5;
    let prolific: Vec<&str> = squad.iter().filter(|p| p.goals > min_goals).map(|p| p.name.as_str()).collect();
    println!("{prolific:?}");
}
