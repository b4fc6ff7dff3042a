//! mistake: divided two `u32` counters expecting Python's true division into a `Vec<f64>`
//! offending: p.goals / p.apps
//! category: type
use comprehensions::comp;

struct Player {
    goals: u32,
    apps: u32,
}

fn main() {
    let squad = vec![Player { goals: 27, apps: 31 }, Player { goals: 9, apps: 28 }];
    let ratios: Vec<f64> = comp![p.goals / p.apps for p in &squad if p.apps > 0];
    println!("{ratios:?}");
}
