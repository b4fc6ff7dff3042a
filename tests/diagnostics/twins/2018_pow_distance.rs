//! mistake: squared the offsets of each particle from the centre with Python's `**`
//! offending: **
//! category: python-habit
struct Particle {
    x: f32,
    y: f32,
}

fn main() {
    let particles = vec![Particle { x: 3.0, y: 4.0 }, Particle { x: -1.0, y: 2.5 }];
    let (cx, cy) = (0.0f32, 0.0f32);
    let dists: Vec<f32> = particles
        .iter()
        .map(|p| ((p.x - cx) ** 2 + (p.y - cy) ** 2).sqrt())
        .collect();
    println!("{dists:?}");
}
