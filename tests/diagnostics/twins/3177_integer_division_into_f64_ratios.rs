//! mistake: divided two `u32` counters expecting Python's true division into a `Vec<f64>`
//! offending: p.goals / p.apps
//! category: type
struct Player {
    goals: u32,
    apps: u32,
}

fn main() {
    let squad = vec![Player { goals: 27, apps: 31 }, Player { goals: 9, apps: 28 }];
    let mut ratios: Vec<f64> = Vec::new();
    for p in &squad {
        if p.apps > 0 {
            ratios.push(p.goals / p.apps);
        }
    }
    println!("{ratios:?}");
}
