//! mistake: integrated `f32` velocities with the frame's `f64` delta time
//! offending: b.vel * dt
//! category: type
use std::time::Duration;

struct Body {
    pos: f32,
    vel: f32,
}

fn main() {
    let bodies = vec![Body { pos: 0.0, vel: 3.5 }, Body { pos: 10.0, vel: -1.0 }];
    let dt = Duration::from_millis(16).as_secs_f64();
    let next: Vec<f32> = bodies.iter().map(|b| b.pos + b.vel * dt).collect();
    println!("{next:?}");
}
