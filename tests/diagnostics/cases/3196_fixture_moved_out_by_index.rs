//! mistake: took non-`Copy` fixtures out of the fixture list by index
//! offending: fixtures[i]
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Fixture {
    home: String,
    away: String,
}

fn main() {
    let fixtures = vec![
        Fixture { home: "Porto".into(), away: "Benfica".into() },
        Fixture { home: "Braga".into(), away: "Sporting".into() },
    ];
    let opening_round = comp![fixtures[i] for i in 0..fixtures.len() if i % 2 == 0];
    println!("{opening_round:?}");
}
