//! mistake: updated each body through `bodies.iter_mut()` while the inner `for` reads `&bodies` (Python aliases freely)
//! offending: &bodies
//! category: ownership

#[derive(Debug, Clone, Copy, PartialEq)]
struct Body {
    pos: [f64; 2],
    vel: [f64; 2],
    mass: f64,
}

impl Body {
    /// Applies the pull of `other` for one step and returns the work done.
    fn pull_towards(&mut self, other: &Body, dt: f64) -> f64 {
        let dx = other.pos[0] - self.pos[0];
        let dy = other.pos[1] - self.pos[1];
        let r2 = dx * dx + dy * dy + 1e-9;
        let f = other.mass / (r2 * r2.sqrt());
        self.vel[0] += f * dx * dt;
        self.vel[1] += f * dy * dt;
        f * r2.sqrt() * dt
    }
}

fn main() {
    let mut bodies = vec![
        Body { pos: [0.0, 0.0], vel: [0.0, 0.0], mass: 10.0 },
        Body { pos: [1.0, 0.0], vel: [0.0, 1.0], mass: 0.1 },
        Body { pos: [0.0, 2.0], vel: [-0.5, 0.0], mass: 0.2 },
    ];
    let dt = 0.001;
    let mut work: Vec<f64> = Vec::new();
    for a in bodies.iter_mut() {
        for b in &bodies {
            if *a != *b {
                work.push(a.pull_towards(b, dt));
            }
        }
    }
    println!("total work {:.4}", work.iter().sum::<f64>());
}
