//! mistake: wrote Python's `and` between the goals and assists conditions of the filter
//! offending: and p.assists
//! category: python-habit
use comprehensions::comp;

struct Player {
    name: String,
    goals: u32,
    assists: u32,
}

fn main() {
    let squad = vec![
        Player { name: "Saka".into(), goals: 14, assists: 9 },
        Player { name: "Odegaard".into(), goals: 8, assists: 10 },
        Player { name: "Havertz".into(), goals: 13, assists: 7 },
    ];
    let creators = comp![p.name.clone() for p in &squad if p.goals > 10 and p.assists > 5];
    println!("{creators:?}");
}
