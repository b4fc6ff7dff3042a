//! mistake: parsed the goals of a "2-1" score line without saying which integer type
//! offending: parse()
//! category: type
fn main() {
    let line = "2-1";
    let goals: Vec<_> = line.split('-').map(|s| s.trim().parse().unwrap()).collect();
    println!("home {} away {}", goals[0], goals[1]);
}
