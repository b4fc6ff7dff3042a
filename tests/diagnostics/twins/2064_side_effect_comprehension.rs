//! mistake: stepped every particle with a comprehension used only for its side effect (Python's `[p.step(dt) for p in particles]`), discarding the list
//! offending: particles.iter_mut().map(|p| p.step(dt)).collect::<Vec<_>>()
//! category: lint
struct Particle {
    pos: f32,
    vel: f32,
}

impl Particle {
    fn step(&mut self, dt: f32) {
        self.pos += self.vel * dt;
    }
}

fn main() {
    let mut particles = vec![Particle { pos: 0.0, vel: 2.0 }, Particle { pos: 1.0, vel: -1.0 }];
    let dt = 0.5;
    particles.iter_mut().map(|p| p.step(dt)).collect::<Vec<_>>();
    println!("{}", particles[0].pos);
}
