//! mistake: squared the goal difference with Python's `**` operator
//! offending: **
//! category: python-habit
use comprehensions::comp;

struct Standing {
    scored: i32,
    conceded: i32,
}

fn main() {
    let table = vec![Standing { scored: 96, conceded: 34 }, Standing { scored: 91, conceded: 29 }];
    let squares = comp![(t.scored - t.conceded) ** 2 for t in &table];
    let spread: i32 = squares.iter().sum();
    println!("{spread}");
}
