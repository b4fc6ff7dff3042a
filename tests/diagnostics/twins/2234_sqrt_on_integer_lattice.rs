//! mistake: called `.sqrt()` on an `i64` sum of squares of lattice coordinates
//! offending: sqrt
//! category: type

#[derive(Clone, Copy)]
struct Site {
    x: i64,
    y: i64,
}

fn main() {
    // final positions of 2D lattice random walkers
    let walkers = vec![Site { x: 3, y: -4 }, Site { x: 0, y: 7 }, Site { x: -2, y: -2 }];
    let origin = Site { x: 0, y: 0 };
    let r: Vec<f64> = walkers
        .iter()
        .map(|s| ((s.x - origin.x).pow(2) + (s.y - origin.y).pow(2)).sqrt())
        .collect();
    let mean_r = r.iter().sum::<f64>() / r.len() as f64;
    println!("mean displacement {mean_r:.3}");
}
