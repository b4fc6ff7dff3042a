//! mistake: bound the distance with a walrus without its parentheses, `if d := ..`
//! offending: d := dist(e.pos, player)
//! category: syntax
use comprehensions::comp;

const RANGE: f32 = 8.0;

struct Enemy {
    id: u32,
    pos: (f32, f32),
}

fn dist(a: (f32, f32), b: (f32, f32)) -> f32 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

fn main() {
    let player = (0.0, 0.0);
    let enemies = vec![Enemy { id: 1, pos: (3.0, 4.0) }, Enemy { id: 2, pos: (30.0, 1.0) }];
    let in_range = comp![(e.id, d) for e in &enemies if d := dist(e.pos, player) < RANGE];
    println!("{in_range:?}");
}
