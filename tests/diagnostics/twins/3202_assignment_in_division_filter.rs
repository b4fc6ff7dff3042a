//! mistake: wrote `=` instead of `==` when filtering teams by division
//! offending: t.division = 1
//! category: syntax
struct Team {
    name: &'static str,
    division: u8,
}

fn main() {
    let teams = vec![Team { name: "Leeds", division: 2 }, Team { name: "Chelsea", division: 1 }];
    let mut top_flight = Vec::new();
    for t in &teams {
        if t.division = 1 {
            top_flight.push(t.name);
        }
    }
    println!("{top_flight:?}");
}
