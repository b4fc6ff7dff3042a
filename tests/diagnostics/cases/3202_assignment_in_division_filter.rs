//! mistake: wrote `=` instead of `==` when filtering teams by division
//! offending: t.division = 1
//! category: syntax
use comprehensions::comp;

struct Team {
    name: &'static str,
    division: u8,
}

fn main() {
    let teams = vec![Team { name: "Leeds", division: 2 }, Team { name: "Chelsea", division: 1 }];
    let top_flight = comp![t.name for t in &teams if t.division = 1];
    println!("{top_flight:?}");
}
