//! mistake: adds a non-`Copy` operator-overloaded `Vec2` to every point: `+` takes `offset` by value, moved in the first iteration
//! offending: p + offset
//! category: ownership
use comprehensions::comp;
use std::ops::Add;

#[derive(Debug)]
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

fn main() {
    let points = vec![Vec2 { x: 0.0, y: 0.0 }, Vec2 { x: 1.0, y: 2.0 }];
    let offset = Vec2 { x: 10.0, y: 10.0 };
    let moved = comp![p + offset for p in points];
    println!("{:?}", moved);
}
