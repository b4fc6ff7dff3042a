//! mistake: Python's `min(team, key=lambda p: p.name)` as `min_by_key(|p| p.name)`: the key moves the `String` out of the borrowed player
//! offending: p.name
//! category: ownership
use comprehensions::comp;

struct Player {
    name: String,
}

fn main() {
    let teams = vec![
        vec![Player { name: "zoe".into() }, Player { name: "adam".into() }],
        vec![Player { name: "kim".into() }],
    ];
    let captains = comp![team.iter().min_by_key(|p| p.name).map(|p| p.name.clone()) for team in &teams];
    println!("{captains:?}");
}
