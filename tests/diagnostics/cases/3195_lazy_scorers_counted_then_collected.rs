//! mistake: counted a lazy generator of scorers, then collected the same (consumed) generator
//! offending: scorers.collect()
//! category: ownership
use comprehensions::comp;

struct Player {
    name: String,
    goals: u32,
}

fn main() {
    let squad = vec![Player { name: "Wirtz".into(), goals: 11 }, Player { name: "Xhaka".into(), goals: 1 }];
    let scorers = comp!((p.name.as_str() for p in &squad if p.goals > 0));
    let n = scorers.count();
    let names: Vec<&str> = scorers.collect();
    println!("{n} scorers: {names:?}");
}
