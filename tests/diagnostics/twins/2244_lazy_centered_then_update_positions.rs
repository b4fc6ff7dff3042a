//! mistake: kept a lazy generator over `&positions` alive across the integration step that mutates `positions`
//! offending: positions.iter_mut()
//! category: ownership

fn main() {
    let mut positions = vec![0.0f64, 1.5, -0.7, 2.2, 0.4];
    let velocities = vec![0.1f64, -0.2, 0.05, 0.0, 0.3];
    let dt = 0.01;
    let n = positions.len() as f64;
    let mean = positions.iter().sum::<f64>() / n;
    let centered = positions.iter().map(|x| x - mean);
    for (p, v) in positions.iter_mut().zip(&velocities) {
        *p += v * dt;
    }
    let msd: f64 = centered.map(|d| d * d).sum::<f64>() / n;
    println!("mean squared deviation before the step: {msd:.4}");
}
