//! mistake: forgot `in` between the loop pattern and the iterable
//! offending: for (home, away) &pairings
//! category: syntax
fn main() {
    let pairings = vec![("Celta", "Alaves"), ("Betis", "Sevilla")];
    let mut fixtures = Vec::new();
    for (home, away) &pairings {
        fixtures.push(format!("{home} v {away}"));
    }
    println!("{fixtures:?}");
}
