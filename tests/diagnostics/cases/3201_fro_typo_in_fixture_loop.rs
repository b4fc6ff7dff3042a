//! mistake: mistyped `for` as `fro`
//! offending: fro
//! category: syntax
use comprehensions::comp;

struct Fixture {
    home: &'static str,
    away: &'static str,
}

fn main() {
    let fixtures = vec![Fixture { home: "Lazio", away: "Roma" }, Fixture { home: "Genoa", away: "Torino" }];
    let titles = comp![format!("{} - {}", m.home, m.away) fro m in &fixtures];
    println!("{titles:?}");
}
