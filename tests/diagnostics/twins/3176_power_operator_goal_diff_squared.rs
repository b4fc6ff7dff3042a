//! mistake: squared the goal difference with Python's `**` operator
//! offending: **
//! category: python-habit
struct Standing {
    scored: i32,
    conceded: i32,
}

fn main() {
    let table = vec![Standing { scored: 96, conceded: 34 }, Standing { scored: 91, conceded: 29 }];
    let squares: Vec<i32> = table.iter().map(|t| (t.scored - t.conceded) ** 2).collect();
    let spread: i32 = squares.iter().sum();
    println!("{spread}");
}
