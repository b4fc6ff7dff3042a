//! mistake: negated the filter with Python's `not` instead of `!`
//! offending: not m.played
//! category: python-habit
use comprehensions::comp;

struct Fixture {
    id: u32,
    played: bool,
}

fn main() {
    let fixtures = vec![Fixture { id: 101, played: true }, Fixture { id: 102, played: false }];
    let remaining = comp![m.id for m in &fixtures if not m.played];
    println!("{remaining:?}");
}
