//! mistake: closed the walrus's parentheses after the comparison, so `d` binds the `bool` of `dist(..) < RANGE`, not the distance
//! offending: let d = dist(e.pos, player) < RANGE
//! category: type
const RANGE: f32 = 8.0;

struct Enemy {
    pos: (f32, f32),
}

fn dist(a: (f32, f32), b: (f32, f32)) -> f32 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

fn main() {
    let player = (0.0, 0.0);
    let enemies = vec![Enemy { pos: (3.0, 4.0) }, Enemy { pos: (30.0, 1.0) }];
    let mut in_range: Vec<f32> = Vec::new();
    for e in &enemies {
        let d = dist(e.pos, player) < RANGE;
        if d {
            in_range.push(d);
        }
    }
    println!("{in_range:?}");
}
