//! mistake: collected the occupied particle positions, `(f32, f32)`, into a set (`f32` is neither `Eq` nor `Hash`)
//! offending: (p.x, p.y)
//! category: type
use std::collections::HashSet;

struct Particle {
    x: f32,
    y: f32,
}

fn main() {
    let particles = vec![Particle { x: 1.0, y: 2.0 }, Particle { x: 1.0, y: 2.0 }, Particle { x: 0.5, y: 0.0 }];
    let occupied: HashSet<(f32, f32)> = particles.iter().map(|p| (p.x, p.y)).collect();
    println!("{} distinct positions", occupied.len());
}
