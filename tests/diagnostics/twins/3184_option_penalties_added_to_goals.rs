//! mistake: added an `Option<u32>` penalties field to `u32` goals as if it were a number or None
//! offending: p.goals + p.penalties
//! category: type
struct Player {
    name: &'static str,
    goals: u32,
    penalties: Option<u32>,
}

fn main() {
    let squad = vec![
        Player { name: "Palmer", goals: 13, penalties: Some(9) },
        Player { name: "Jackson", goals: 14, penalties: None },
    ];
    let totals: Vec<(&str, u32)> = squad.iter().map(|p| (p.name, p.goals + p.penalties)).collect();
    println!("{totals:?}");
}
