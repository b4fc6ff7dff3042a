//! mistake: negated the filter with Python's `not` instead of `!`
//! offending: not m.played
//! category: python-habit
struct Fixture {
    id: u32,
    played: bool,
}

fn main() {
    let fixtures = vec![Fixture { id: 101, played: true }, Fixture { id: 102, played: false }];
    let remaining: Vec<u32> = fixtures.iter().filter(|m| not m.played).map(|m| m.id).collect();
    println!("{remaining:?}");
}
