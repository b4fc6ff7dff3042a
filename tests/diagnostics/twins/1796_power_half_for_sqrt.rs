//! mistake: Python's `** 0.5` for a square root (distance of each player to the flag)
//! offending: **
//! category: python-habit

struct Pos {
    x: f64,
    y: f64,
}

fn main() {
    let flag = Pos { x: 5.0, y: 5.0 };
    let players = vec![Pos { x: 1.0, y: 2.0 }, Pos { x: 6.0, y: 9.0 }];
    let dist: Vec<f64> = players
        .iter()
        .map(|p| ((p.x - flag.x) * (p.x - flag.x) + (p.y - flag.y) * (p.y - flag.y)) ** 0.5)
        .collect();
    println!("{dist:?}");
}
