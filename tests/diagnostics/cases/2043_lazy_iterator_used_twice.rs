//! mistake: consumed a lazy generator of nearby threats twice, once to count them and once for the strongest (Python's second pass is silently empty)
//! offending: threats.max_by_key
//! category: ownership
use comprehensions::comp;

struct Enemy {
    dist: f32,
    dmg: u32,
}

fn main() {
    let enemies = vec![Enemy { dist: 4.0, dmg: 7 }, Enemy { dist: 25.0, dmg: 30 }, Enemy { dist: 9.5, dmg: 12 }];
    let threats = comp!((e for e in &enemies if e.dist < 10.0));
    let n = threats.count();
    let worst = threats.max_by_key(|e| e.dmg);
    println!("{n} threats, worst hits for {:?}", worst.map(|e| e.dmg));
}
