//! mistake: called `.sqrt()` on an `i64` sum of squares of lattice coordinates
//! offending: sqrt
//! category: type
use comprehensions::comp;

#[derive(Clone, Copy)]
struct Site {
    x: i64,
    y: i64,
}

fn main() {
    // final positions of 2D lattice random walkers
    let walkers = vec![Site { x: 3, y: -4 }, Site { x: 0, y: 7 }, Site { x: -2, y: -2 }];
    let origin = Site { x: 0, y: 0 };
    // Python: r = [math.sqrt((s.x - o.x) ** 2 + (s.y - o.y) ** 2) for s in walkers]
    let r: Vec<f64> = comp![((s.x - origin.x).pow(2) + (s.y - origin.y).pow(2)).sqrt() for s in &walkers];
    let mean_r = r.iter().sum::<f64>() / r.len() as f64;
    println!("mean displacement {mean_r:.3}");
}
