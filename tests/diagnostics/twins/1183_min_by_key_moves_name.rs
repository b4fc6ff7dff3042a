//! mistake: `min_by_key(|p| p.name)` moves the `String` out of the borrowed player
//! offending: p.name
//! category: ownership

struct Player {
    name: String,
}

fn main() {
    let teams = vec![
        vec![Player { name: "zoe".into() }, Player { name: "adam".into() }],
        vec![Player { name: "kim".into() }],
    ];
    let captains: Vec<_> = teams.iter().map(|team| team.iter().min_by_key(|p| p.name).map(|p| p.name.clone())).collect();
    println!("{captains:?}");
}
