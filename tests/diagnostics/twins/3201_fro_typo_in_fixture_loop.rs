//! mistake: mistyped `for` as `fro`
//! offending: fro
//! category: syntax
struct Fixture {
    home: &'static str,
    away: &'static str,
}

fn main() {
    let fixtures = vec![Fixture { home: "Lazio", away: "Roma" }, Fixture { home: "Genoa", away: "Torino" }];
    let mut titles = Vec::new();
    fro m in &fixtures {
        titles.push(format!("{} - {}", m.home, m.away));
    }
    println!("{titles:?}");
}
