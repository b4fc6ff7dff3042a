//! mistake: adds a `Vec2` to the `&Vec2` loop variable of `&self.points`; `Add` is only implemented for values
//! offending: p + self.shift
//! category: type
use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Add for Vec2 {
    type Output = Vec2;
    fn add(self, o: Vec2) -> Vec2 {
        Vec2 { x: self.x + o.x, y: self.y + o.y }
    }
}

struct Sprite {
    points: Vec<Vec2>,
    shift: Vec2,
}

impl Sprite {
    fn moved(&self) -> Vec<Vec2> {
        let mut out = Vec::new();
        for p in &self.points {
            out.push(p + self.shift);
        }
        out
    }
}

fn main() {
    let s = Sprite { points: vec![Vec2 { x: 0.0, y: 1.0 }], shift: Vec2 { x: 2.0, y: 2.0 } };
    println!("{:?}", s.moved());
}
