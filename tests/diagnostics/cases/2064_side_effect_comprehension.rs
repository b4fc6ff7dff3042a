//! mistake: stepped every particle with a comprehension used only for its side effect (Python's `[p.step(dt) for p in particles]`), discarding the list
//! offending: comp![p.step(dt) for p in particles.iter_mut()]
//! category: lint
use comprehensions::comp;

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
    comp![p.step(dt) for p in particles.iter_mut()];
    println!("{}", particles[0].pos);
}
