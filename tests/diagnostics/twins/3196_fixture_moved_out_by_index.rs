//! mistake: took non-`Copy` fixtures out of the fixture list by index
//! offending: fixtures[i]
//! category: ownership
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
    let mut opening_round = Vec::new();
    for i in 0..fixtures.len() {
        if i % 2 == 0 {
            opening_round.push(fixtures[i]);
        }
    }
    println!("{opening_round:?}");
}
