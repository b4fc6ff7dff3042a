//! mistake: forgot `in` between the loop pattern and the iterable
//! offending: for (home, away) &pairings
//! category: syntax
use comprehensions::comp;

fn main() {
    let pairings = vec![("Celta", "Alaves"), ("Betis", "Sevilla")];
    let fixtures = comp![format!("{home} v {away}") for (home, away) &pairings];
    println!("{fixtures:?}");
}
